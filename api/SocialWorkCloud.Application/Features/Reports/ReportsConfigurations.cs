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
        b.Property(r => r.ReportNumber).HasMaxLength(60);
        b.Property(r => r.Place).HasMaxLength(100);
        b.Property(r => r.Results).HasMaxLength(20_000);
        b.Property(r => r.Difficulties).HasMaxLength(10_000);
        b.Property(r => r.Proposals).HasMaxLength(10_000);
        b.Property(r => r.NextPeriodPlan).HasMaxLength(20_000);
        b.Property(r => r.Recipients).HasMaxLength(2_000);
        b.Property(r => r.SignerName).HasMaxLength(200);
        b.Property(r => r.SignerTitle).HasMaxLength(200);
        b.Property(r => r.LastComment).HasMaxLength(4_000);
        b.Property(r => r.Subject).HasMaxLength(500);
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
        b.Property(r => r.SubmittedByName).HasMaxLength(200);
        b.Property(r => r.ReportNumber).HasMaxLength(60);
        b.Property(r => r.Place).HasMaxLength(100);
        b.Property(r => r.Results).HasMaxLength(20_000);
        b.Property(r => r.Difficulties).HasMaxLength(10_000);
        b.Property(r => r.Proposals).HasMaxLength(10_000);
        b.Property(r => r.NextPeriodPlan).HasMaxLength(20_000);
        b.Property(r => r.Recipients).HasMaxLength(2_000);
        b.Property(r => r.SignerName).HasMaxLength(200);
        b.Property(r => r.SignerTitle).HasMaxLength(200);
        b.Property(r => r.Subject).HasMaxLength(500);
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
