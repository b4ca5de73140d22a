using SocialWorkCloud.Domain.Workforce;

namespace SocialWorkCloud.Application.Features.Workforce;

public sealed record DepartmentDto(Guid Id, string Name, DepartmentKind Kind, int CollaboratorCount);

/// <summary>The departments, with the target "a collaborator in every clinical department" as covered / total.</summary>
public sealed record DepartmentList(IReadOnlyList<DepartmentDto> Items, int ClinicalDepartments, int ClinicalWithCollaborator);

public sealed record CertificateDto(Guid Id, string Number, string Issuer, DateOnly IssuedOn, DateOnly? ExpiresOn, bool HasScan, string? ScanFileName);

public sealed record StaffMemberDto(
    Guid Id, string FullName, StaffRole Role, Guid? DepartmentId, string? DepartmentName, EmploymentType EmploymentType,
    QualificationLevel QualificationLevel, QualificationMajor QualificationMajor, string? PracticeHostFacility, DateOnly? PracticeFrom,
    DateOnly? PracticeTo, string? PracticeSupervisor, PracticeResult? PracticeResult, DateOnly? JoinedOn, DateOnly? LeftOn, Guid Version,
    IReadOnlyList<CertificateDto> Certificates);

public sealed record CollaboratorDto(Guid Id, string FullName, Guid DepartmentId, string DepartmentName, DepartmentKind DepartmentKind, string? Phone, DateOnly? JoinedOn);

public sealed record WatchedPerson(Guid StaffMemberId, string FullName, StaffRole Role);

public sealed record ExpiringCertificate(Guid CertificateId, Guid StaffMemberId, string FullName, string Number, DateOnly ExpiresOn, int DaysLeft);

/// <summary>
/// The practice-certificate rule of Decree 110/2024 as of a date: who practises without a valid
/// certificate, who will still lack one on 1 January 2027, and whose certificate expires within 60 days.
/// </summary>
public sealed record CertificateWatch(
    DateOnly AsOf, DateOnly RequiredFrom, bool RequiredNow, int ActiveStaff, int Certified,
    IReadOnlyList<WatchedPerson> PractisingWithout, IReadOnlyList<WatchedPerson> NeedOneByDeadline,
    IReadOnlyList<ExpiringCertificate> ExpiringSoon, DateTimeOffset? LastCheckedAt);
