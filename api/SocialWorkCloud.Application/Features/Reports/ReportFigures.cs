using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Features.Cases;
using SocialWorkCloud.Application.Features.Fundraising;
using SocialWorkCloud.Application.Features.Training;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Text;

namespace SocialWorkCloud.Application.Features.Reports;

public sealed record ContactKindCount(ContactKind Kind, int Count);

public sealed record ChannelCount(CommunicationChannel Channel, int Count);

public sealed record ItemQuantity(string Item, string? Unit, int Quantity);

public sealed record CharityKindFigures(CharityKind Kind, int Activities, int Beneficiaries, long ValueVnd);

public sealed record ServiceFigures(ServiceType Type, int Deliveries, int Quantity, long ValueVnd);

/// <summary>Section 2 "Hoạt động chuyên môn": reception and guidance.</summary>
public sealed record ReceptionSection(int Contacts, IReadOnlyList<ContactKindCount> ByKind);

public sealed record CounsellingSection(int Sessions, int WithPatients, int WithRelatives, int PeopleCounselled);

public sealed record CommunicationSection(int Items, IReadOnlyList<ChannelCount> ByChannel, int AudienceReached)
{
    /// <summary>Of the items, those carried by the mass media (press, radio, TV): derived, so stored reports show it too.</summary>
    public int MassMediaItems => ByChannel.Where(c => c.Channel.IsMassMedia()).Sum(c => c.Count);
}

/// <summary>Money raised and given, net of reversals (a reversed entry and its reversal both drop out).</summary>
public sealed record FundraisingSection(
    long CashRaised, long GoodsValueRaised, long CashDistributed, int PatientsSupported,
    IReadOnlyList<ItemQuantity> GoodsReceived, IReadOnlyList<ItemQuantity> GoodsDistributed);

public sealed record CharitySection(int Activities, int Beneficiaries, long ValueVnd, IReadOnlyList<CharityKindFigures> ByKind);

public sealed record ServicesSection(int Deliveries, IReadOnlyList<ServiceFigures> ByType);

/// <summary>Section 3: training. The trained share is the KPI's, as of the period's end (or the generation day).</summary>
/// <remarks>
/// <see cref="Participants"/> counts participations ("lượt"); <see cref="PeopleTrained"/> counts people once however many
/// courses they attended (staff and collaborators by record, other named people by folded name, unnamed headcounts added).
/// </remarks>
public sealed record TrainingSection(
    int CoursesHeld, int Participants, int PeopleTrained, int MedicalStaffCount, int MedicalStaffTrained, decimal? MedicalStaffTrainedPercent,
    int SocialWorkStaff, int CertifiedStaff);

public sealed record CaseSection(int CasesOpened, int CasesClosed, int OpenCasesAtEnd, int ChildrenInSpecialCircumstancesSupported);

/// <summary>
/// Every figure of a periodic report, computed from the facility's records between <see cref="From"/>
/// and <see cref="Through"/> (the period's end, or the generation day when the period is still running).
/// Stored as a frozen JSON snapshot on the report.
/// </summary>
public sealed record ReportFigures(
    DateOnly From, DateOnly To, DateOnly Through, ReceptionSection Reception, CounsellingSection Counselling,
    CommunicationSection Communication, FundraisingSection Fundraising, CharitySection Charity, ServicesSection Services,
    TrainingSection Training, CaseSection Cases);

/// <summary>
/// Computes <see cref="ReportFigures"/> from the current tenant's records (the generation job enters the
/// facility first). Each step reports its progress so the portal can show it.
/// </summary>
public static class ReportFiguresCalculator
{
    public const int Steps = 8;

    public static async Task<ReportFigures> ComputeAsync(
        AppDbContext db, Guid facilityId, DateOnly from, DateOnly to, DateOnly today, Func<string, Task> progress, CancellationToken ct)
    {
        var through = to < today ? to : today;

        await progress("Reception");
        var tallies = await db.ReceptionTallies.AsNoTracking().Where(t => t.Date >= from && t.Date <= through)
            .GroupBy(t => t.Kind).Select(g => new { g.Key, Count = g.Sum(t => t.Count) }).ToListAsync(ct);
        var reception = new ReceptionSection(tallies.Sum(t => t.Count),
            tallies.OrderBy(t => t.Key).Select(t => new ContactKindCount(t.Key, t.Count)).ToList());

        await progress("Counselling");
        var sessions = await db.CounsellingSessions.AsNoTracking().Where(s => s.HeldOn >= from && s.HeldOn <= through)
            .Select(s => new { s.ClientId, s.WithRelative, s.RelativeName }).ToListAsync(ct);
        var people = sessions.Select(s => s.WithRelative ? $"{s.ClientId}/{s.RelativeName?.Trim().ToLowerInvariant()}" : s.ClientId.ToString()).Distinct().Count();
        var counselling = new CounsellingSection(sessions.Count, sessions.Count(s => !s.WithRelative), sessions.Count(s => s.WithRelative), people);

        await progress("Communication");
        var items = await db.CommunicationItems.AsNoTracking().Where(i => i.Date >= from && i.Date <= through)
            .GroupBy(i => i.Channel).Select(g => new { g.Key, Count = g.Count(), Audience = g.Sum(i => i.AudienceReached ?? 0) }).ToListAsync(ct);
        var communication = new CommunicationSection(items.Sum(i => i.Count),
            items.OrderBy(i => i.Key).Select(i => new ChannelCount(i.Key, i.Count)).ToList(), items.Sum(i => i.Audience));

        await progress("Fundraising");
        var entries = db.LedgerEntries.AsNoTracking();
        var money = (await YearFigures.PerFacilityBetweenAsync(entries, from, through, ct)).SingleOrDefault();
        var standingGoods = entries.Where(e => e.ReversesId == null && e.EntryDate >= from && e.EntryDate <= through
            && (e.Kind == EntryKind.GoodsReceipt || e.Kind == EntryKind.GoodsDistribution) && !entries.Any(r => r.ReversesId == e.Id));
        var goods = await standingGoods.GroupBy(e => new { e.Kind, e.Item, e.Unit })
            .Select(g => new { g.Key.Kind, g.Key.Item, g.Key.Unit, Quantity = g.Sum(e => e.Quantity ?? 0) }).ToListAsync(ct);
        List<ItemQuantity> Goods(EntryKind kind) => goods.Where(g => g.Kind == kind)
            .Select(g => new ItemQuantity(g.Item ?? "", g.Unit, g.Quantity)).OrderBy(g => g.Item, StringComparer.Ordinal).ToList();
        var fundraising = new FundraisingSection(money?.CashRaised ?? 0, money?.GoodsValueRaised ?? 0, money?.CashDistributed ?? 0,
            money?.PatientsSupported ?? 0, Goods(EntryKind.GoodsReceipt), Goods(EntryKind.GoodsDistribution));

        await progress("Charity");
        var charity = await db.CharityActivities.AsNoTracking().Where(a => a.Held && a.Date >= from && a.Date <= through)
            .GroupBy(a => a.Kind).Select(g => new { g.Key, Count = g.Count(), People = g.Sum(a => a.BeneficiaryCount), Value = g.Sum(a => a.ValueVnd) })
            .ToListAsync(ct);
        var charitySection = new CharitySection(charity.Sum(c => c.Count), charity.Sum(c => c.People), charity.Sum(c => c.Value),
            charity.OrderBy(c => c.Key).Select(c => new CharityKindFigures(c.Key, c.Count, c.People, c.Value)).ToList());

        await progress("Services");
        var services = await db.ServicesDelivered.AsNoTracking().Where(s => s.DeliveredOn >= from && s.DeliveredOn <= through)
            .GroupBy(s => s.Type).Select(g => new { g.Key, Count = g.Count(), Quantity = g.Sum(s => s.Quantity), Value = g.Sum(s => s.ValueVnd) })
            .ToListAsync(ct);
        var servicesSection = new ServicesSection(services.Sum(s => s.Count),
            services.OrderBy(s => s.Key).Select(s => new ServiceFigures(s.Key, s.Count, s.Quantity, s.Value)).ToList());

        await progress("Training");
        var courses = db.TrainingCourses.AsNoTracking().Where(c => c.StartsOn >= from && c.StartsOn <= through);
        var coursesHeld = await courses.CountAsync(ct);
        var attended = await db.TrainingParticipants.AsNoTracking().Where(p => courses.Any(c => c.Id == p.CourseId))
            .Select(p => new { p.StaffMemberId, p.CollaboratorId, p.Name, p.Headcount }).ToListAsync(ct);
        var participants = attended.Sum(p => p.Headcount);
        var others = attended.Where(p => p.StaffMemberId == null && p.CollaboratorId == null).ToList();
        var peopleTrained = attended.Where(p => p.StaffMemberId != null).Select(p => p.StaffMemberId).Distinct().Count()
            + attended.Where(p => p.CollaboratorId != null).Select(p => p.CollaboratorId).Distinct().Count()
            + others.Where(p => !string.IsNullOrWhiteSpace(p.Name)).Select(p => VietnameseText.Fold(p.Name!)).Distinct().Count()
            + others.Where(p => string.IsNullOrWhiteSpace(p.Name)).Sum(p => p.Headcount);
        var shares = (await TrainingFiguresCalculator.ComputeAsync(db, db.Facilities.Where(f => f.Id == facilityId),
            _ => TrainingFiguresCalculator.OwnTenant(db), through.Year, through, ct))[facilityId];
        var training = new TrainingSection(coursesHeld, participants, peopleTrained, shares.MedicalStaffCount, shares.MedicalStaffTrained,
            shares.MedicalStaffTrainedPercent, shares.SocialWorkStaff, shares.CertifiedStaff);

        await progress("Cases");
        var cases = db.Cases.AsNoTracking();
        var opened = await cases.CountAsync(c => c.OpenedOn >= from && c.OpenedOn <= through, ct);
        var closed = await cases.CountAsync(c => c.ClosedOn != null && c.ClosedOn >= from && c.ClosedOn <= through, ct);
        var openAtEnd = await cases.CountAsync(c => c.OpenedOn <= through && (c.ClosedOn == null || c.ClosedOn > through), ct);
        var childrenSupported = await db.Clients.AsNoTracking().ChildrenSupported(cases, from, through).CountAsync(ct);

        return new ReportFigures(from, to, through, reception, counselling, communication, fundraising, charitySection, servicesSection,
            training, new CaseSection(opened, closed, openAtEnd, childrenSupported));
    }
}
