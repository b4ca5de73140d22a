using System.Linq.Expressions;
using System.Reflection;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SocialWorkCloud.Application.Identity;
using SocialWorkCloud.Domain.Common;
using SocialWorkCloud.Domain.Facilities;
using SocialWorkCloud.Domain.Fundraising;
using SocialWorkCloud.Domain.Charity;
using SocialWorkCloud.Domain.Communication;
using SocialWorkCloud.Domain.Kpis;
using SocialWorkCloud.Domain.Reception;
using SocialWorkCloud.Domain.Training;
using SocialWorkCloud.Domain.Workforce;
using SocialWorkCloud.Domain.Audit;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Clients;
using SocialWorkCloud.Domain.Consents;
using SocialWorkCloud.Domain.Counselling;
using SocialWorkCloud.Domain.Referrals;
using SocialWorkCloud.Domain.Targets;
using SocialWorkCloud.Domain.Reports;
using SocialWorkCloud.Domain.Supervision;
using SocialWorkCloud.Domain.Commendations;

namespace SocialWorkCloud.Application.Persistence;

public partial class AppDbContext(DbContextOptions<AppDbContext> options, TenantScope tenant)
    : IdentityUserContext<AppUser, Guid, AppUserClaim, AppUserLogin, AppUserToken>(options)
{
    /// <summary>The named query filter that scopes every tenant-owned entity to the caller's facility.</summary>
    public const string TenantFilter = "Tenant";

    public DbSet<Province> Provinces => Set<Province>();
    public DbSet<Facility> Facilities => Set<Facility>();
    public DbSet<UnitStatusChange> UnitStatusChanges => Set<UnitStatusChange>();
    public DbSet<KpiSnapshot> KpiSnapshots => Set<KpiSnapshot>();
    public DbSet<KpiRun> KpiRuns => Set<KpiRun>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<ApiClient> ApiClients => Set<ApiClient>();
    public DbSet<Campaign> Campaigns => Set<Campaign>();
    public DbSet<FundBalance> FundBalances => Set<FundBalance>();
    public DbSet<StockLot> StockLots => Set<StockLot>();
    public DbSet<ReceiptCounter> ReceiptCounters => Set<ReceiptCounter>();
    public DbSet<Donor> Donors => Set<Donor>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<DistributionApproval> DistributionApprovals => Set<DistributionApproval>();
    public DbSet<DistributionAcknowledgement> DistributionAcknowledgements => Set<DistributionAcknowledgement>();
    public DbSet<FundraisingSettings> FundraisingSettings => Set<FundraisingSettings>();
    public DbSet<ReceptionPoint> ReceptionPoints => Set<ReceptionPoint>();
    public DbSet<ReceptionTally> ReceptionTallies => Set<ReceptionTally>();
    public DbSet<IdempotentRequest> IdempotentRequests => Set<IdempotentRequest>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<PracticeCertificate> PracticeCertificates => Set<PracticeCertificate>();
    public DbSet<CertificateCheck> CertificateChecks => Set<CertificateCheck>();
    public DbSet<Collaborator> Collaborators => Set<Collaborator>();
    public DbSet<TrainingCourse> TrainingCourses => Set<TrainingCourse>();
    public DbSet<TrainingParticipant> TrainingParticipants => Set<TrainingParticipant>();
    public DbSet<TrainingSettings> TrainingSettings => Set<TrainingSettings>();
    public DbSet<CommunicationItem> CommunicationItems => Set<CommunicationItem>();
    public DbSet<CharitySchedule> CharitySchedules => Set<CharitySchedule>();
    public DbSet<CharityActivity> CharityActivities => Set<CharityActivity>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseTransition> CaseTransitions => Set<CaseTransition>();
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<PlanGoal> PlanGoals => Set<PlanGoal>();
    public DbSet<CaseApproval> CaseApprovals => Set<CaseApproval>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<FollowUpTask> FollowUpTasks => Set<FollowUpTask>();
    public DbSet<CaseAlert> CaseAlerts => Set<CaseAlert>();
    public DbSet<ServiceDelivered> ServicesDelivered => Set<ServiceDelivered>();
    public DbSet<ConsentRecord> ConsentRecords => Set<ConsentRecord>();
    public DbSet<CounsellingSession> CounsellingSessions => Set<CounsellingSession>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralPackage> ReferralPackages => Set<ReferralPackage>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<IndicatorTarget> IndicatorTargets => Set<IndicatorTarget>();
    public DbSet<AnnualPlan> AnnualPlans => Set<AnnualPlan>();
    public DbSet<PlanTarget> PlanTargets => Set<PlanTarget>();
    public DbSet<PlannedActivity> PlannedActivities => Set<PlannedActivity>();
    public DbSet<PeriodicReport> PeriodicReports => Set<PeriodicReport>();
    public DbSet<ReportTransition> ReportTransitions => Set<ReportTransition>();
    public DbSet<ReportRun> ReportRuns => Set<ReportRun>();
    public DbSet<ReportDeadline> ReportDeadlines => Set<ReportDeadline>();
    public DbSet<SupervisionVisit> SupervisionVisits => Set<SupervisionVisit>();
    public DbSet<SupervisionRecommendation> SupervisionRecommendations => Set<SupervisionRecommendation>();
    public DbSet<RecommendationFollowUp> RecommendationFollowUps => Set<RecommendationFollowUp>();
    public DbSet<RecommendationReview> RecommendationReviews => Set<RecommendationReview>();
    public DbSet<Nomination> Nominations => Set<Nomination>();
    public DbSet<CommendationDecision> CommendationDecisions => Set<CommendationDecision>();

    /// <summary>Read by the tenant filter at query time: each context instance filters for its own caller.</summary>
    internal Guid? CurrentFacilityId => tenant.FacilityId;

    internal TenantScope Tenant => tenant;

    /// <summary>
    /// Tenant-owned rows of several facilities, for the purpose-written cross-facility reads of
    /// province officers and jobs. Only the tenant filter is lifted, and only for the given facilities.
    /// </summary>
    public IQueryable<T> AcrossFacilities<T>(IQueryable<Guid> facilityIds) where T : class, ITenantOwned =>
        Set<T>().IgnoreQueryFilters([TenantFilter]).AsNoTracking().Where(e => facilityIds.Contains(e.FacilityId));

    public IQueryable<T> OfFacility<T>(Guid facilityId) where T : class, ITenantOwned =>
        Set<T>().IgnoreQueryFilters([TenantFilter]).AsNoTracking().Where(e => e.FacilityId == facilityId);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        foreach (var entityType in builder.Model.GetEntityTypes())
        {
            var clr = entityType.ClrType;
            if (typeof(ITenantOwned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).HasQueryFilter(TenantFilter, BuildTenantFilter(clr));
                builder.Entity(clr).HasIndex(nameof(ITenantOwned.FacilityId));
            }
            if (typeof(IVersioned).IsAssignableFrom(clr))
            {
                builder.Entity(clr).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset; store instants as UTC ticks there.
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<Microsoft.EntityFrameworkCore.Storage.ValueConversion.DateTimeOffsetToBinaryConverter>();
        }
        configurationBuilder.Properties<decimal>().HavePrecision(9, 2);
    }

    private LambdaExpression BuildTenantFilter(Type clr)
    {
        // e => e.FacilityId == this.CurrentFacilityId, evaluated per context instance.
        var e = Expression.Parameter(clr, "e");
        var facilityId = Expression.Convert(Expression.Property(e, nameof(ITenantOwned.FacilityId)), typeof(Guid?));
        var current = Expression.Property(Expression.Constant(this), typeof(AppDbContext).GetProperty(nameof(CurrentFacilityId), BindingFlags.NonPublic | BindingFlags.Instance)!);
        return Expression.Lambda(Expression.Equal(facilityId, current), e);
    }
}
