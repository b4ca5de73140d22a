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
        var closed = SupervisionVisit.Plan(Guid.NewGuid(), provinceId, facilityId, new DateOnly(2025, 5, 1), "Kiểm tra CTXH", [new("Thanh tra", "Chuyên viên")], null, now);
        closed.Record(closed.PlannedOn, closed.Scope, closed.Team, new DateOnly(2025, 5, 2), "Đạt");
        var recommendation = closed.AddRecommendation(Guid.NewGuid(), 1, "Bố trí phòng tham vấn", new DateOnly(2030, 1, 1));
        closed.Close(now);
        var planned = SupervisionVisit.Plan(Guid.NewGuid(), provinceId, facilityId, new DateOnly(2030, 5, 1), "Giám sát", [new("Thanh tra", null)], null, now);
        db.AddRange(closed, planned, recommendation);
        await db.SaveChangesAsync();
        using var _ = scope.ServiceProvider.GetRequiredService<TenantScope>().Enter(facilityId);
        Nomination Nominate(NominationStatus status)
        {
            var n = Nomination.Draft(Guid.NewGuid(), new NominationDetails(2025, NomineeKind.Unit, "Phòng CTXH", null, null, AwardKind.CertificateOfMerit, null, "Thành tích"), now);
            if (status == NominationStatus.Submitted) n.Submit(now);
            return n;
        }
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
