using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Workforce;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Workforce;

public sealed record WorkforceRecords(Guid Department, Guid Staff, Guid Certificate, Guid Collaborator);

/// <summary>A department, a staff member with a practice certificate, and a collaborator, of hospital A and hospital B.</summary>
public sealed class WorkforceWorld : IAreaWorld
{
    public WorkforceRecords A { get; private set; } = null!;
    public WorkforceRecords B { get; private set; } = null!;

    public async Task ArrangeAsync(TestWorld world)
    {
        A = await NewWorkforceAsync(world, world.HospitalA);
        B = await NewWorkforceAsync(world, world.HospitalB);
    }

    /// <summary>One record of each kind the workforce routes address by id, written inside the facility's tenant.</summary>
    public static async Task<WorkforceRecords> NewWorkforceAsync(TestWorld world, Guid facilityId)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        var now = DateTimeOffset.UtcNow;
        var tag = Guid.NewGuid().ToString("N")[..6];
        var department = new Department { Id = Guid.NewGuid(), Name = "Khoa Nội " + tag, Kind = DepartmentKind.Clinical, CreatedAt = now };
        var staff = new StaffMember
        {
            Id = Guid.NewGuid(), FullName = "Nguyễn Văn Thử " + tag, SearchName = "nguyen van thu " + tag, Role = StaffRole.SocialWorker,
            EmploymentType = EmploymentType.Permanent, QualificationLevel = QualificationLevel.Bachelor, QualificationMajor = QualificationMajor.SocialWork,
            CreatedAt = now,
        };
        var certificate = new PracticeCertificate
        {
            Id = Guid.NewGuid(), StaffMemberId = staff.Id, Number = "CCHN-" + tag, Issuer = "Sở Y tế", IssuedOn = new DateOnly(2024, 1, 1),
            ScanFileName = "scan.pdf", ScanContentType = "application/pdf", ScanContent = [1, 2, 3], CreatedAt = now,
        };
        var collaborator = new Collaborator { Id = Guid.NewGuid(), FullName = "Cộng tác viên " + tag, DepartmentId = department.Id, CreatedAt = now };
        db.AddRange(department, staff, certificate, collaborator);
        await db.SaveChangesAsync();
        return new WorkforceRecords(department.Id, staff.Id, certificate.Id, collaborator.Id);
    }
}

public static class WorkforceWorldExtensions
{
    public static WorkforceWorld Workforce(this TestWorld world) => world.Area<WorkforceWorld>();
}
