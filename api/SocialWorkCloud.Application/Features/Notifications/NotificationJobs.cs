using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SocialWorkCloud.Application.Common.Security;
using SocialWorkCloud.Application.Persistence;
using SocialWorkCloud.Domain.Cases;
using SocialWorkCloud.Domain.Notifications;

namespace SocialWorkCloud.Application.Features.Notifications;

/// <summary>
/// Writes inbox items for an event (after its command committed) and hands urgent ones to the mail job.
/// Writing is idempotent (one item per event and recipient), so a second dispatch of the same message adds nothing.
/// </summary>
public sealed class NotificationJobs(AppDbContext db, TimeProvider clock, IBackgroundJobClient jobs, ILogger<NotificationJobs> logger)
{
    [AutomaticRetry(Attempts = 5)]
    public async Task WriteAsync(NotificationRaised message, CancellationToken cancellationToken)
    {
        var recipients = await RecipientsAsync(message, cancellationToken);
        var written = await WriteAsync(recipients, message.FacilityId, message.ProvinceId, message.Kind, message.RecordType, message.RecordId,
            message.Args, message.EventId.ToString("N"), cancellationToken);
        logger.LogInformation("Notification {Kind} of event {EventId} written for {Count} recipients", message.Kind, message.EventId, written);
    }

    /// <summary>Writes one item per recipient that has none under <paramref name="eventKey"/>; returns how many it wrote.</summary>
    internal async Task<int> WriteAsync(IReadOnlyCollection<Guid> recipients, Guid? facilityId, Guid? provinceId, NotificationKind kind,
        string recordType, Guid recordId, string?[] args, string eventKey, CancellationToken cancellationToken)
    {
        if (recipients.Count == 0) return 0;
        var ids = recipients.ToList();
        var json = Notify.SerializeArgs(args);
        List<Notification> added;
        for (var attempt = 1; ; attempt++)
        {
            var already = await db.Notifications.AsNoTracking().Where(n => n.EventKey == eventKey && ids.Contains(n.RecipientId))
                .Select(n => n.RecipientId).ToListAsync(cancellationToken);
            var now = clock.GetUtcNow();
            added = ids.Except(already)
                .Select(r => Notification.Create(r, facilityId, provinceId, kind, recordType, recordId, json, eventKey, now)).ToList();
            if (added.Count == 0) return 0;
            db.Notifications.AddRange(added);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another run of the same event (a retried job, the nightly sweep beside a manual one) wrote some of these
                // between the read and the insert; the unique (recipient, event) index refused ours: read again.
                foreach (var n in added) db.Entry(n).State = EntityState.Detached;
            }
        }
        if (Notification.IsUrgent(kind))
        {
            foreach (var n in added) jobs.Enqueue<NotificationMailJobs>(j => j.SendUrgentAsync(n.Id, CancellationToken.None));
        }
        return added.Count;
    }

    /// <summary>
    /// The people an event reaches: by role inside its facility (or province for officers), and the named people
    /// only if they still belong there; for a case, only those who may see it (<see cref="Cases.CaseAccess"/>'s rule).
    /// </summary>
    internal async Task<IReadOnlyCollection<Guid>> RecipientsAsync(NotificationRaised message, CancellationToken cancellationToken)
    {
        var roles = message.Roles;
        var named = message.Users;
        var caseId = message.CaseId;
        if (message.ToReferralSender && message.FacilityId is { } sender)
        {
            // The sending unit's side of a referral: who sent it and who carries the case it came from (read in the sender's facility).
            var referral = await db.OfFacility<Domain.Referrals.Referral>(sender).Where(r => r.Id == message.RecordId)
                .Select(r => new { r.CaseId, r.CreatedBy }).SingleOrDefaultAsync(cancellationToken);
            if (referral is null) return [];
            caseId = referral.CaseId;
            var worker = await db.OfFacility<Case>(sender).Where(c => c.Id == referral.CaseId).Select(c => c.AssignedWorkerId).SingleOrDefaultAsync(cancellationToken);
            named = [.. named, worker, .. referral.CreatedBy is { } by ? new[] { by } : []];
        }
        var facilityId = message.FacilityId;
        var provinceId = message.ProvinceId;
        var facilityRoles = roles.Where(r => r is UserRole.FacilityAdmin or UserRole.SocialWorker or UserRole.Collaborator).ToArray();
        var officers = roles.Contains(UserRole.ProvinceOfficer);
        var people = await db.Users.AsNoTracking()
            .Where(u => u.IsActive)
            .Where(u =>
                (facilityId != null && u.FacilityId == facilityId && (facilityRoles.Contains(u.Role) || named.Contains(u.Id)))
                || (provinceId != null && u.Role == UserRole.ProvinceOfficer && u.ProvinceId == provinceId && (officers || named.Contains(u.Id))))
            .Select(u => new { u.Id, u.Role })
            .ToListAsync(cancellationToken);

        if (caseId is { } visibleCase)
        {
            var @case = facilityId is { } f
                ? await db.OfFacility<Case>(f).Where(c => c.Id == visibleCase).Select(c => new { c.IsSensitive, c.AssignedWorkerId }).SingleOrDefaultAsync(cancellationToken)
                : null;
            if (@case is null) return [];
            people = people.Where(p => p.Role switch
            {
                UserRole.FacilityAdmin => true,
                UserRole.SocialWorker => !@case.IsSensitive || @case.AssignedWorkerId == p.Id,
                UserRole.Collaborator => @case.AssignedWorkerId == p.Id,
                _ => !@case.IsSensitive,
            }).ToList();
        }
        return people.Select(p => p.Id).Where(id => id != message.ActorId).Distinct().ToList();
    }
}
