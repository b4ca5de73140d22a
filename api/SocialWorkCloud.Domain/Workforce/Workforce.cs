using SocialWorkCloud.Domain.Common;

namespace SocialWorkCloud.Domain.Workforce;

public enum DepartmentKind
{
    Clinical = 1,
    NonClinical = 2,
    ResidentialGroup = 3,
}

/// <summary>A department of the facility (khoa/phòng) or a residential group of the ward where collaborators work.</summary>
public class Department : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public required string Name { get; set; }
    public DepartmentKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public enum StaffRole
{
    Head = 1,
    SocialWorker = 2,
    /// <summary>Holds social work alongside another job (kiêm nhiệm).</summary>
    PartTime = 3,
}

public enum EmploymentType
{
    Permanent = 1,
    Contract = 2,
    Secondment = 3,
}

public enum QualificationLevel
{
    ShortCourse = 1,
    Intermediate = 2,
    College = 3,
    Bachelor = 4,
    Master = 5,
    Doctorate = 6,
}

public enum QualificationMajor
{
    SocialWork = 1,
    Sociology = 2,
    Psychology = 3,
    SpecialEducation = 4,
    Other = 5,
}

public enum PracticeResult
{
    InProgress = 1,
    Passed = 2,
    NotPassed = 3,
}

/// <summary>A member of the social-work unit's staff.</summary>
public class StaffMember : ITenantOwned, IVersioned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public required string FullName { get; set; }
    public required string SearchName { get; set; }
    /// <summary>The facility's own staff code (mã nhân viên), unique in the facility; the natural key of the staff import.</summary>
    public string? StaffCode { get; set; }
    public StaffRole Role { get; set; }
    public Guid? DepartmentId { get; set; }
    public EmploymentType EmploymentType { get; set; }
    public QualificationLevel QualificationLevel { get; set; }
    public QualificationMajor QualificationMajor { get; set; }
    /// <summary>Supervised practice (thực hành có hướng dẫn) before a certificate: where, when, who, how it went.</summary>
    public string? PracticeHostFacility { get; set; }
    public DateOnly? PracticeFrom { get; set; }
    public DateOnly? PracticeTo { get; set; }
    public string? PracticeSupervisor { get; set; }
    public PracticeResult? PracticeResult { get; set; }
    public DateOnly? JoinedOn { get; set; }
    /// <summary>Left the unit: no longer practises here, so no longer counted.</summary>
    public DateOnly? LeftOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public Guid Version { get; set; }
}

/// <summary>A social-work practice certificate (chứng chỉ hành nghề, Decree 110/2024/NĐ-CP).</summary>
public class PracticeCertificate : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public Guid StaffMemberId { get; set; }
    public required string Number { get; set; }
    public required string Issuer { get; set; }
    public DateOnly IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }
    public string? ScanFileName { get; set; }
    public string? ScanContentType { get; set; }
    public byte[]? ScanContent { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Valid on a date: issued by then and not yet expired.</summary>
    public bool ValidOn(DateOnly date) => IssuedOn <= date && (ExpiresOn is null || ExpiresOn >= date);
}

/// <summary>The certificate rule's figures for one facility, written by the daily job.</summary>
public class CertificateCheck : ITenantOwned, IAppendOnly
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public DateOnly AsOf { get; set; }
    public int PractisingWithout { get; set; }
    public int NeedOneByDeadline { get; set; }
    public int ExpiringSoon { get; set; }
    public DateTimeOffset CheckedAt { get; set; }
}

/// <summary>A collaborator (cộng tác viên CTXH) in a clinical department or a residential group.</summary>
public class Collaborator : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid FacilityId { get; set; }
    public required string FullName { get; set; }
    public Guid DepartmentId { get; set; }
    public string? Phone { get; set; }
    public DateOnly? JoinedOn { get; set; }
    public DateOnly? LeftOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

public static class CertificateRule
{
    /// <summary>From this date a social-work practitioner needs a practice certificate (Decree 110/2024/NĐ-CP).</summary>
    public static readonly DateOnly RequiredFrom = new(2027, 1, 1);

    /// <summary>Certificates expiring within this many days are flagged.</summary>
    public const int ExpiryWarningDays = 60;
}
