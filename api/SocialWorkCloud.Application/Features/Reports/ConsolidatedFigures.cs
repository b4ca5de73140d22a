using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

/// <summary>
/// Adds facilities' report figures into the province's: every count and amount is a sum, each breakdown is merged by
/// its key, and the trained share is recomputed from the summed numerator and denominator (a mean of shares would
/// weigh a 10-staff station like a 900-staff hospital). People counselled or trained are summed per facility: a person
/// served by two facilities counts in both, as each facility's report counts them.
/// </summary>
public static class ConsolidatedFigures
{
    public static ReportFigures? Sum(DateOnly from, DateOnly to, IReadOnlyCollection<ReportFigures> parts)
    {
        if (parts.Count == 0) return null;
        // Figures frozen by an older version may lack a section: it counts as zero.
        var reception = parts.Select(p => p.Reception).OfType<ReceptionSection>().ToList();
        var counselling = parts.Select(p => p.Counselling).OfType<CounsellingSection>().ToList();
        var communication = parts.Select(p => p.Communication).OfType<CommunicationSection>().ToList();
        var money = parts.Select(p => p.Fundraising).OfType<FundraisingSection>().ToList();
        var charity = parts.Select(p => p.Charity).OfType<CharitySection>().ToList();
        var services = parts.Select(p => p.Services).OfType<ServicesSection>().ToList();
        var training = parts.Select(p => p.Training).OfType<TrainingSection>().ToList();
        var cases = parts.Select(p => p.Cases).OfType<CaseSection>().ToList();

        var staff = training.Sum(t => t.MedicalStaffCount);
        var trained = training.Sum(t => t.MedicalStaffTrained);
        return new ReportFigures(from, to, parts.Max(p => p.Through),
            new ReceptionSection(reception.Sum(r => r.Contacts),
                reception.SelectMany(r => r.ByKind ?? []).GroupBy(k => k.Kind).OrderBy(g => g.Key).Select(g => new ContactKindCount(g.Key, g.Sum(k => k.Count))).ToList()),
            new CounsellingSection(counselling.Sum(c => c.Sessions), counselling.Sum(c => c.WithPatients), counselling.Sum(c => c.WithRelatives),
                counselling.Sum(c => c.PeopleCounselled)),
            new CommunicationSection(communication.Sum(c => c.Items),
                communication.SelectMany(c => c.ByChannel ?? []).GroupBy(c => c.Channel).OrderBy(g => g.Key).Select(g => new ChannelCount(g.Key, g.Sum(c => c.Count))).ToList(),
                communication.Sum(c => c.AudienceReached)),
            new FundraisingSection(money.Sum(m => m.CashRaised), money.Sum(m => m.GoodsValueRaised), money.Sum(m => m.CashDistributed), money.Sum(m => m.PatientsSupported),
                Goods(money.SelectMany(m => m.GoodsReceived ?? [])), Goods(money.SelectMany(m => m.GoodsDistributed ?? []))),
            new CharitySection(charity.Sum(c => c.Activities), charity.Sum(c => c.Beneficiaries), charity.Sum(c => c.ValueVnd),
                charity.SelectMany(c => c.ByKind ?? []).GroupBy(k => k.Kind).OrderBy(g => g.Key)
                    .Select(g => new CharityKindFigures(g.Key, g.Sum(k => k.Activities), g.Sum(k => k.Beneficiaries), g.Sum(k => k.ValueVnd))).ToList()),
            new ServicesSection(services.Sum(s => s.Deliveries),
                services.SelectMany(s => s.ByType ?? []).GroupBy(s => s.Type).OrderBy(g => g.Key)
                    .Select(g => new ServiceFigures(g.Key, g.Sum(s => s.Deliveries), g.Sum(s => s.Quantity), g.Sum(s => s.ValueVnd))).ToList()),
            new TrainingSection(training.Sum(t => t.CoursesHeld), training.Sum(t => t.Participants), training.Sum(t => t.PeopleTrained), staff, trained,
                staff == 0 ? null : Math.Round(100m * trained / staff, 2, MidpointRounding.AwayFromZero),
                training.Sum(t => t.SocialWorkStaff), training.Sum(t => t.CertifiedStaff)),
            new CaseSection(cases.Sum(c => c.CasesOpened), cases.Sum(c => c.CasesClosed), cases.Sum(c => c.OpenCasesAtEnd),
                cases.Sum(c => c.ChildrenInSpecialCircumstancesSupported)));
    }

    private static List<ItemQuantity> Goods(IEnumerable<ItemQuantity> items) =>
        items.GroupBy(i => (Item: i.Item.Trim(), i.Unit))
            .Select(g => new ItemQuantity(g.Key.Item, g.Key.Unit, g.Sum(i => i.Quantity)))
            .OrderBy(i => i.Item, StringComparer.Ordinal).ToList();
}
