using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Targets;

namespace SocialWorkCloud.Application.Features.Targets;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> b)
    {
        b.ToTable("Indicators");
        b.HasKey(i => i.Code);
        b.Property(i => i.Code).HasMaxLength(60);
        b.Property(i => i.NameVi).HasMaxLength(300);
        b.Property(i => i.NameEn).HasMaxLength(300);
        b.Property(i => i.Groups).HasMaxLength(20);
    }
}

internal sealed class IndicatorTargetConfiguration : IEntityTypeConfiguration<IndicatorTarget>
{
    public void Configure(EntityTypeBuilder<IndicatorTarget> b)
    {
        b.ToTable("IndicatorTargets");
        b.Property(t => t.IndicatorCode).HasMaxLength(60);
        // Whole VND up to 10^13 as well as percentages.
        b.Property(t => t.Value).HasPrecision(18, 2);
        b.HasOne<Province>().WithMany().HasForeignKey(t => t.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Facility>().WithMany().HasForeignKey(t => t.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Indicator>().WithMany().HasForeignKey(t => t.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
        // One target per indicator, year and group, and per indicator, year and facility: two racing creates give a 409.
        b.HasIndex(t => new { t.ProvinceId, t.Year, t.IndicatorCode, t.FacilityGroup }).IsUnique();
        b.HasIndex(t => new { t.ProvinceId, t.Year, t.IndicatorCode, t.FacilityId }).IsUnique();
    }
}

internal sealed class AnnualPlanConfiguration : IEntityTypeConfiguration<AnnualPlan>
{
    public void Configure(EntityTypeBuilder<AnnualPlan> b)
    {
        b.ToTable("AnnualPlans");
        b.Property(p => p.Summary).HasMaxLength(4000);
        b.Property(p => p.ReviewComment).HasMaxLength(2000);
        b.HasOne<Facility>().WithMany().HasForeignKey(p => p.FacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.FacilityId, p.Year }).IsUnique();
    }
}

internal sealed class PlanTargetConfiguration : IEntityTypeConfiguration<PlanTarget>
{
    public void Configure(EntityTypeBuilder<PlanTarget> b)
    {
        b.ToTable("PlanTargets");
        b.Property(t => t.IndicatorCode).HasMaxLength(60);
        b.Property(t => t.Text).HasMaxLength(1000);
        b.Property(t => t.Value).HasPrecision(18, 2);
        b.HasOne<AnnualPlan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Indicator>().WithMany().HasForeignKey(t => t.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlannedActivityConfiguration : IEntityTypeConfiguration<PlannedActivity>
{
    public void Configure(EntityTypeBuilder<PlannedActivity> b)
    {
        b.ToTable("PlannedActivities");
        b.Property(a => a.Title).HasMaxLength(500);
        b.Property(a => a.Timing).HasMaxLength(200);
        b.Property(a => a.Responsible).HasMaxLength(200);
        b.HasOne<AnnualPlan>().WithMany().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AreaScreeningConfiguration : IEntityTypeConfiguration<AreaScreening>
{
    public void Configure(EntityTypeBuilder<AreaScreening> b)
    {
        b.ToTable("AreaScreenings");
        b.HasOne<Facility>().WithMany().HasForeignKey(s => s.FacilityId).OnDelete(DeleteBehavior.Restrict);
        // One screening per station and year: a second save replaces the figures.
        b.HasIndex(s => new { s.FacilityId, s.Year }).IsUnique();
    }
}

internal sealed class FiveYearPlanConfiguration : IEntityTypeConfiguration<FiveYearPlan>
{
    public void Configure(EntityTypeBuilder<FiveYearPlan> b)
    {
        b.ToTable("FiveYearPlans");
        b.Property(p => p.GeneralGoal).HasMaxLength(4000);
        b.Property(p => p.SpecificObjectives).HasMaxLength(4000);
        b.Property(p => p.Solutions).HasMaxLength(4000);
        b.Property(p => p.Recommendations).HasMaxLength(4000);
        b.Property(p => p.ReviewComment).HasMaxLength(2000);
        b.HasOne<Facility>().WithMany().HasForeignKey(p => p.FacilityId).OnDelete(DeleteBehavior.Restrict);
        // One plan per facility and period: two racing creates give a 409.
        b.HasIndex(p => new { p.FacilityId, p.StartYear }).IsUnique();
    }
}

internal sealed class FiveYearPlanTargetConfiguration : IEntityTypeConfiguration<FiveYearPlanTarget>
{
    public void Configure(EntityTypeBuilder<FiveYearPlanTarget> b)
    {
        b.ToTable("FiveYearPlanTargets");
        b.Property(t => t.IndicatorCode).HasMaxLength(60);
        // Whole VND up to 10^13 as well as percentages.
        b.Property(t => t.Value).HasPrecision(18, 2);
        b.HasOne<FiveYearPlan>().WithMany().HasForeignKey(t => t.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Indicator>().WithMany().HasForeignKey(t => t.IndicatorCode).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.FacilityId, t.PlanId, t.IndicatorCode, t.Year }).IsUnique();
    }
}
