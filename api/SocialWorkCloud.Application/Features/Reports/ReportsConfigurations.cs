using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Reports;

namespace SocialWorkCloud.Application.Features.Reports;

internal sealed class PeriodicReportConfiguration : IEntityTypeConfiguration<PeriodicReport>
{
    public void Configure(EntityTypeBuilder<PeriodicReport> b)
    {
        b.ToTable("PeriodicReports");
        b.Ignore(r => r.Period);
        ReportDocumentColumns.Configure(b);
        b.Property(r => r.LastComment).HasMaxLength(4_000);
        b.HasOne<Facility>().WithMany().HasForeignKey(r => r.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Province>().WithMany().HasForeignKey(r => r.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        // One report per facility and period: a second one is a 409.
        b.HasIndex(r => new { r.FacilityId, r.Kind, r.Year, r.Number }).IsUnique();
        b.HasIndex(r => new { r.ProvinceId, r.Kind, r.Year, r.Number });
    }
}

internal sealed class ReportTransitionConfiguration : IEntityTypeConfiguration<ReportTransition>
{
    public void Configure(EntityTypeBuilder<ReportTransition> b)
    {
        b.ToTable("ReportTransitions");
        b.Property(t => t.Comment).HasMaxLength(4_000);
        b.Property(t => t.ByName).HasMaxLength(200);
        b.HasOne<PeriodicReport>().WithMany().HasForeignKey(t => t.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.ReportId, t.At });
    }
}

internal sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> b)
    {
        b.ToTable("ReportSubmissions");
        // The same limits as the report's own columns: a snapshot holds exactly what the report held.
        ReportDocumentColumns.Configure(b);
        b.Property(r => r.SubmittedByName).HasMaxLength(200);
        b.HasOne<PeriodicReport>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ReportId, r.Number }).IsUnique();
    }
}

internal sealed class ReportRunConfiguration : IEntityTypeConfiguration<ReportRun>
{
    public void Configure(EntityTypeBuilder<ReportRun> b)
    {
        b.ToTable("ReportRuns");
        b.Property(r => r.JobId).HasMaxLength(100);
        b.Property(r => r.Step).HasMaxLength(60);
        b.Property(r => r.Error).HasMaxLength(2_000);
        b.HasOne<PeriodicReport>().WithMany().HasForeignKey(r => r.ReportId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.ReportId);
    }
}

internal sealed class ReportDeadlineConfiguration : IEntityTypeConfiguration<ReportDeadline>
{
    public void Configure(EntityTypeBuilder<ReportDeadline> b)
    {
        b.ToTable("ReportDeadlines");
        b.HasOne<Province>().WithMany().HasForeignKey(d => d.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(d => new { d.ProvinceId, d.Kind, d.Year, d.Number }).IsUnique();
    }
}

/// <summary>The texts a report's document is made from, bounded alike on the report and on each submitted snapshot of it.</summary>
internal static class ReportDocumentColumns
{
    private static readonly (string Property, int MaxLength)[] Limits =
    [
        (nameof(PeriodicReport.ReportNumber), 60), (nameof(PeriodicReport.Place), 100), (nameof(PeriodicReport.Results), 20_000),
        (nameof(PeriodicReport.Difficulties), 10_000), (nameof(PeriodicReport.Proposals), 10_000), (nameof(PeriodicReport.NextPeriodPlan), 20_000),
        (nameof(PeriodicReport.Recipients), 2_000), (nameof(PeriodicReport.SignerName), 200), (nameof(PeriodicReport.SignerTitle), 200),
        (nameof(PeriodicReport.Subject), 500),
    ];

    public static void Configure<T>(EntityTypeBuilder<T> b) where T : class
    {
        foreach (var (property, maxLength) in Limits) b.Property<string?>(property).HasMaxLength(maxLength);
    }
}
