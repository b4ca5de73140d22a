using System.Text.Json;
using Hangfire;
using SocialWorkCloud.Application.Common.Outbox;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Notifications;

/// <summary>
/// Something happened that people must learn: published in the transaction of the command that caused it,
/// turned into inbox items after the commit. Who receives it is said by rule, resolved when written:
/// the active holders of <paramref name="Roles"/> in the event's facility (or province, for officers),
/// and the named <paramref name="Users"/> if they still belong to that facility or province. When the event
/// is about a case (<paramref name="CaseId"/>), only those who may see the case receive it (a sensitive
/// case: its unit head and assigned worker). The one who caused it (<paramref name="ActorId"/>) is left out.
/// </summary>
[OutboxMessageType("notifications.raised")]
public sealed record NotificationRaised(
    Guid EventId, NotificationKind Kind, Guid? FacilityId, Guid? ProvinceId, string RecordType, Guid RecordId,
    Guid? CaseId, Guid? ActorId, UserRole[] Roles, Guid[] Users, string?[] Args, bool ToReferralSender = false) : IOutboxMessage;

public sealed class NotificationRaisedHandler(IBackgroundJobClient jobs) : IOutboxHandler<NotificationRaised>
{
    public string Dispatch(NotificationRaised message) =>
        jobs.Enqueue<NotificationJobs>(j => j.WriteAsync(message, CancellationToken.None));
}

/// <summary>What a command says when it raises a notification; the helpers fill in the event's id and serialize the text's arguments.</summary>
public static class Notify
{
    public static void Raise(this IOutbox outbox, NotificationKind kind, Guid? facilityId, Guid? provinceId, string recordType, Guid recordId,
        Guid? actorId, UserRole[]? roles = null, Guid[]? users = null, Guid? caseId = null, bool toReferralSender = false, params string?[] args) =>
        outbox.Publish(new NotificationRaised(Guid.NewGuid(), kind, facilityId, provinceId, recordType, recordId, caseId, actorId,
            roles ?? [], users ?? [], args, toReferralSender), facilityId);

    internal static string SerializeArgs(string?[] args) => JsonSerializer.Serialize(args);

    internal static string?[] DeserializeArgs(string json) => JsonSerializer.Deserialize<string?[]>(json) ?? [];
}

/// <summary>The kinds of record an item links to (the portal turns them into its pages).</summary>
public static class NotificationRecords
{
    public const string Case = "case";
    public const string Referral = "referral";
    public const string Report = "report";
    public const string AnnualPlan = "annual-plan";
    /// <summary>A facility's annual plan as its province reads it (the id is the facility's).</summary>
    public const string ProvincePlan = "province-plan";
    public const string FiveYearPlan = "five-year-plan";
    /// <summary>A facility's five-year plan as its province reads it (the id is the plan's).</summary>
    public const string ProvinceFiveYearPlan = "province-five-year-plan";
    public const string Distribution = "distribution";
    public const string KpiRun = "kpi-run";
    public const string Task = "task";
    public const string Recommendation = "recommendation";
    public const string Staff = "staff";
    /// <summary>A facility's unit status (the id is the facility's): its admin sees the hint on the home page, the province on its dashboard.</summary>
    public const string UnitStatus = "unit-status";
}
