using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SocialWorkCloud.Domain.Audit;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Referrals;

namespace SocialWorkCloud.Application.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> b)
    {
        b.ToTable("AuditEntries");
        b.Property(a => a.Action).HasMaxLength(64);
        b.Property(a => a.EntityType).HasMaxLength(64);
        b.Property(a => a.Detail).HasMaxLength(2000);
        b.HasIndex(a => new { a.FacilityId, a.EntityId });
    }
}

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> b)
    {
        b.ToTable("Clients");
        b.Property(c => c.FullName).HasMaxLength(200);
        b.Property(c => c.SearchName).HasMaxLength(200);
        b.Property(c => c.SearchGivenName).HasMaxLength(260);
        b.Property(c => c.NationalId).HasMaxLength(20);
        b.Property(c => c.InsuranceNumber).HasMaxLength(20);
        b.Property(c => c.PatientId).HasMaxLength(50);
        b.Property(c => c.Province).HasMaxLength(100);
        b.Property(c => c.CommuneWard).HasMaxLength(200);
        b.Property(c => c.AddressDetail).HasMaxLength(500);
        b.Property(c => c.Phone).HasMaxLength(20);
        b.Property(c => c.GuardianContact).HasMaxLength(500);
        b.Property(c => c.HouseholdSituation).HasMaxLength(2000);
        b.HasOne<Domain.Facilities.Facility>().WithMany().HasForeignKey(c => c.FacilityId).OnDelete(DeleteBehavior.Restrict);
        // The search seeks the facility's folded names by prefix and counts the matches from these indexes
        // alone (they cover every column the search reads); the duplicate check seeks identifiers.
        b.HasIndex(c => new { c.FacilityId, c.SearchName, c.MergedIntoId });
        b.HasIndex(c => new { c.FacilityId, c.SearchGivenName, c.SearchName, c.MergedIntoId });
        b.HasIndex(c => new { c.FacilityId, c.Phone });
        b.HasIndex(c => new { c.FacilityId, c.NationalId });
        b.HasIndex(c => new { c.FacilityId, c.InsuranceNumber });
        b.HasIndex(c => new { c.FacilityId, c.PatientId });
    }
}

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("Cases");
        b.Property(c => c.PresentingProblem).HasMaxLength(4000);
        b.Property(c => c.ClosingReason).HasMaxLength(2000);
        b.Property(c => c.RequestedClosingReason).HasMaxLength(2000);
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

internal sealed class ConsentRecordConfiguration : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> b)
    {
        b.ToTable("ConsentRecords");
        b.Property(c => c.GuardianName).HasMaxLength(200);
        b.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CounsellingSessionConfiguration : IEntityTypeConfiguration<CounsellingSession>
{
    public void Configure(EntityTypeBuilder<CounsellingSession> b)
    {
        b.ToTable("CounsellingSessions");
        b.Property(s => s.Topic).HasMaxLength(500);
        b.Property(s => s.RelativeName).HasMaxLength(200);
        b.HasOne<Client>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(s => new { s.FacilityId, s.HeldOn });
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.ToTable("Referrals");
        b.Property(r => r.AgencyName).HasMaxLength(300);
        b.Property(r => r.Reason).HasMaxLength(2000);
        b.Property(r => r.Outcome).HasMaxLength(2000);
        b.Property(r => r.ConsentOverrideReason).HasMaxLength(2000);
        b.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReferralPackageConfiguration : IEntityTypeConfiguration<ReferralPackage>
{
    public void Configure(EntityTypeBuilder<ReferralPackage> b)
    {
        b.ToTable("ReferralPackages");
        b.Property(p => p.SenderFacilityName).HasMaxLength(300);
        b.Property(p => p.Reason).HasMaxLength(2000);
        b.Property(p => p.ClientName).HasMaxLength(200);
        b.Property(p => p.Sex).HasMaxLength(16);
        b.Property(p => p.Phone).HasMaxLength(20);
        b.Property(p => p.Address).HasMaxLength(800);
        b.Property(p => p.ProblemSummary).HasMaxLength(4000);
        b.Property(p => p.NeedsSummary).HasMaxLength(1000);
        b.Property(p => p.DeclineReason).HasMaxLength(2000);
        b.HasOne<Domain.Facilities.Facility>().WithMany().HasForeignKey(p => p.SenderFacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Domain.Facilities.Facility>().WithMany().HasForeignKey(p => p.ReceiverFacilityId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(p => new { p.ReceiverFacilityId, p.Status });
        b.HasIndex(p => p.SenderFacilityId);
    }
}
