using Microsoft.Extensions.DependencyInjection;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Commendations;
using SocialWorkCloud.Domain.Supervision;
using SocialWorkCloud.IntegrationTests.Infrastructure;

namespace SocialWorkCloud.IntegrationTests.Supervision;

public sealed record SupervisionRecords(Guid ClosedVisit, Guid PlannedVisit, Guid Recommendation, Guid SubmittedNomination, Guid DraftNomination);

/// <summary>Supervision visits (one closed with a recommendation, one planned) and nominations of hospital A and hospital B.</summary>
public sealed class SupervisionWorld : IAreaWorld
{
    public SupervisionRecords A { get; private set; } = null!;
    public SupervisionRecords B { get; private set; } = null!;

    public async Task ArrangeAsync(TestWorld world)
    {
        A = await NewSupervisionRecordsAsync(world, world.HospitalA, world.Province1);
        B = await NewSupervisionRecordsAsync(world, world.HospitalB, world.Province2);
    }

    /// <summary>
    /// The province's closed visit (one recommendation) and planned visit to a facility, and the facility's
    /// submitted and draft nominations: visits are the province's records, nominations the facility's.
    /// </summary>
    public static async Task<SupervisionRecords> NewSupervisionRecordsAsync(TestWorld world, Guid facilityId, Guid provinceId)
    {
        await using var scope = world.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = DateTimeOffset.UtcNow;
        var closed = new SupervisionVisit
        {
            Id = Guid.NewGuid(), ProvinceId = provinceId, FacilityId = facilityId, Status = VisitStatus.Closed, PlannedOn = new DateOnly(2025, 5, 1),
            ConductedOn = new DateOnly(2025, 5, 2), Scope = "Kiểm tra CTXH", Findings = "Đạt", Team = [new("Thanh tra", "Chuyên viên")], CreatedAt = now, ClosedAt = now,
        };
        var planned = new SupervisionVisit
        {
            Id = Guid.NewGuid(), ProvinceId = provinceId, FacilityId = facilityId, PlannedOn = new DateOnly(2030, 5, 1), Scope = "Giám sát",
            Team = [new("Thanh tra", null)], CreatedAt = now,
        };
        var recommendation = new SupervisionRecommendation
        {
            Id = Guid.NewGuid(), VisitId = closed.Id, FacilityId = facilityId, Number = 1, Text = "Bố trí phòng tham vấn", DueOn = new DateOnly(2030, 1, 1),
        };
        db.AddRange(closed, planned, recommendation);
        await db.SaveChangesAsync();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        Nomination Nominate(NominationStatus status) => new()
        {
            Id = Guid.NewGuid(), Year = 2025, NomineeKind = NomineeKind.Unit, NomineeName = "Phòng CTXH", SearchName = "phong ctxh",
            AwardKind = AwardKind.CertificateOfMerit, Achievements = "Thành tích", Status = status, CreatedAt = now,
            SubmittedAt = status == NominationStatus.Submitted ? now : null,
        };
        var submitted = Nominate(NominationStatus.Submitted);
        var draft = Nominate(NominationStatus.Draft);
        db.AddRange(submitted, draft);
        await db.SaveChangesAsync();
        return new SupervisionRecords(closed.Id, planned.Id, recommendation.Id, submitted.Id, draft.Id);
    }
}

public static class SupervisionWorldExtensions
{
    public static SupervisionWorld Supervision(this TestWorld world) => world.Area<SupervisionWorld>();
}
