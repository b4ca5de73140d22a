using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Domain.Audit;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Referrals;

namespace SocialWorkCloud.Application.Features.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("Cases");
        b.Property(c => c.PresentingProblem).HasMaxLength(4000);
        b.Property(c => c.ClosingReason).HasMaxLength(2000);
        b.Property(c => c.RequestedClosingReason).HasMaxLength(2000);
        b.Property(c => c.CaseNumber).HasMaxLength(64);
        // Unique per facility and year: the last defence behind the numbering lock (CaseNumbering).
        b.HasIndex(c => new { c.FacilityId, c.NumberYear, c.NumberSequence }).IsUnique();
        b.HasIndex(c => new { c.FacilityId, c.CaseNumber });
        b.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(c => new { c.FacilityId, c.AssignedWorkerId, c.Stage });
        b.HasIndex(c => new { c.FacilityId, c.OpenedOn });
        b.HasIndex(c => c.ClientId);
    }
}

internal sealed class CaseTransitionConfiguration : IEntityTypeConfiguration<CaseTransition>
{
    public void Configure(EntityTypeBuilder<CaseTransition> b)
    {
        b.ToTable("CaseTransitions");
        b.Property(t => t.Reason).HasMaxLength(2000);
        b.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseRiskChangeConfiguration : IEntityTypeConfiguration<CaseRiskChange>
{
    public void Configure(EntityTypeBuilder<CaseRiskChange> b)
    {
        b.ToTable("CaseRiskChanges");
        b.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> b)
    {
        b.ToTable("Assessments");
        foreach (var p in new[] { nameof(Assessment.Health), nameof(Assessment.Psychological), nameof(Assessment.FamilyAndEconomic), nameof(Assessment.Legal), nameof(Assessment.Risks) })
        {
            b.Property(p).HasMaxLength(4000);
        }
        b.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PlanGoalConfiguration : IEntityTypeConfiguration<PlanGoal>
{
    public void Configure(EntityTypeBuilder<PlanGoal> b)
    {
        b.ToTable("PlanGoals");
        b.Property(g => g.Goal).HasMaxLength(1000);
        b.Property(g => g.Responsible).HasMaxLength(200);
        b.HasOne<Case>().WithMany().HasForeignKey(g => g.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseApprovalConfiguration : IEntityTypeConfiguration<CaseApproval>
{
    public void Configure(EntityTypeBuilder<CaseApproval> b)
    {
        b.ToTable("CaseApprovals");
        b.Property(a => a.Comment).HasMaxLength(2000);
        b.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> b)
    {
        b.ToTable("CaseNotes");
        b.Property(n => n.Text).HasMaxLength(8000);
        b.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FollowUpTaskConfiguration : IEntityTypeConfiguration<FollowUpTask>
{
    public void Configure(EntityTypeBuilder<FollowUpTask> b)
    {
        b.ToTable("FollowUpTasks");
        b.Property(t => t.Title).HasMaxLength(500);
        b.HasOne<Case>().WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(t => new { t.FacilityId, t.DueOn });
    }
}

internal sealed class CaseAlertConfiguration : IEntityTypeConfiguration<CaseAlert>
{
    public void Configure(EntityTypeBuilder<CaseAlert> b)
    {
        b.ToTable("CaseAlerts");
        b.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ServiceDeliveredConfiguration : IEntityTypeConfiguration<ServiceDelivered>
{
    public void Configure(EntityTypeBuilder<ServiceDelivered> b)
    {
        b.ToTable("ServicesDelivered");
        b.Property(s => s.Provider).HasMaxLength(300);
        b.Property(s => s.Note).HasMaxLength(2000);
        b.Property(s => s.Source).HasMaxLength(32);
        b.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.FacilityId, s.DeliveredOn });
    }
}
