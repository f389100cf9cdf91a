using KpiTracker.Application.Features.Cycles;

namespace KpiTracker.Application.Features.Notifications.SendReminders;

/// <summary>
/// Daily job (DOMAIN section 6): owners get an in-app reminder 14, 7 and 1 days before the submission deadline (Asia/Muscat
/// dates) for each item they still have to submit (draft or returned); reviewers get one for each item that has waited for
/// their review more than 5 days. A day the job did not run is caught up with the nearest occasion only (at 6 days left the
/// 7-day reminder, not the 14-day one as well). Each reminder is recorded in <c>reminders_sent</c>, whose unique key
/// (user, item, occasion) commits with the notification, so a second run, or two at once, sends nothing twice.
/// </summary>
public sealed record SendRemindersCommand : ICommand<ReminderSummary>, ISystemMessage;

public sealed record ReminderSummary(int Owners, int Reviewers);

internal sealed class SendRemindersHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<SendRemindersCommand, ReminderSummary>
{
    /// <summary>Days before the deadline at which owners are reminded, nearest first.</summary>
    public static readonly int[] OwnerDays = [1, 7, 14];

    public async ValueTask<ReminderSummary> Handle(SendRemindersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = MuscatTime.DateOf(now);
        var cycles = await db.Cycles.AsNoTracking().Where(c => c.Status == CycleStatus.Open && c.OpensAt <= now).ToListAsync(cancellationToken);
        var due = new List<(Guid UserId, Submission Item, string Occasion, NotificationKind Kind, int Days)>();
        var owners = await RecipientsAsync(Role.IndicatorOwner, cancellationToken);
        var reviewers = await RecipientsAsync(Role.GovernorateReviewer, cancellationToken);
        foreach (var cycle in cycles)
        {
            var daysLeft = cycle.Calendar.SubmissionDeadline.DayNumber - today.DayNumber;
            if (daysLeft >= 0 && OwnerDays.Cast<int?>().FirstOrDefault(d => daysLeft <= d) is { } occasion)
            {
                var entered = CycleIndicators.Of(db, cycle.EditionId).Where(i => i.Source != SourceType.Platform).Select(i => i.Code);
                var open = await db.Submissions.AsNoTracking()
                    .Where(s => s.CycleId == cycle.Id && (s.State == SubmissionState.Draft || s.State == SubmissionState.Returned) && entered.Contains(s.IndicatorCode))
                    .ToListAsync(cancellationToken);
                due.AddRange(from item in open
                             from user in owners.Where(a => (a.Org == null || a.Org == item.OrgUnitCode) && (a.Indicator == null || a.Indicator == item.IndicatorCode))
                             select (user.UserId, item, $"owner:{occasion}", NotificationKind.DeadlineReminder, daysLeft));
            }

            var waitingSince = now - Submissions.WorkQueues.ReviewWait;
            var waiting = await db.Submissions.AsNoTracking()
                .Where(s => s.CycleId == cycle.Id && s.State == SubmissionState.Submitted && s.SubmittedAt < waitingSince)
                .ToListAsync(cancellationToken);
            due.AddRange(from item in waiting
                         from user in reviewers.Where(a => a.Org == null || a.Org == item.OrgUnitCode)
                         select (user.UserId, item, $"review:{item.SubmittedAt!.Value.UtcTicks}", NotificationKind.ReviewWaiting, (now - item.SubmittedAt!.Value).Days));
        }

        // One order for every run, so two runs side by side take the unique keys in the same order and never deadlock.
        due = [.. due.DistinctBy(d => (d.UserId, d.Item.Id, d.Occasion)).OrderBy(d => d.Item.Id).ThenBy(d => d.UserId).ThenBy(d => d.Occasion, StringComparer.Ordinal)];
        if (due.Count == 0)
        {
            return new ReminderSummary(0, 0);
        }

        var itemIds = due.Select(d => d.Item.Id).Distinct().ToList();
        var sent = (await db.RemindersSent.AsNoTracking().Where(r => itemIds.Contains(r.SubmissionId)).Select(r => new { r.UserId, r.SubmissionId, r.Occasion }).ToListAsync(cancellationToken))
            .Select(r => (r.UserId, r.SubmissionId, r.Occasion)).ToHashSet();
        due = [.. due.Where(d => !sent.Contains((d.UserId, d.Item.Id, d.Occasion)))];

        // The reminders and their unique keys commit together, with the command's transaction.
        int toOwners = 0, toReviewers = 0;
        foreach (var (userId, item, occasion, kind, days) in due)
        {
            var notification = Notification.Reminder(userId, kind, item, days, now);
            // The unique key decides: a reminder another run recorded first (committed or not) is not sent again.
            var inserted = await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO reminders_sent (id, user_id, submission_id, occasion, notification_id, sent_at)
                VALUES ({Guid.NewGuid()}, {userId}, {item.Id}, {occasion}, {notification.Id}, {now})
                ON CONFLICT (user_id, submission_id, occasion) DO NOTHING
                """,
                cancellationToken);
            if (inserted == 1)
            {
                db.Notifications.Add(notification);
                _ = kind == NotificationKind.DeadlineReminder ? toOwners++ : toReviewers++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ReminderSummary(toOwners, toReviewers);
    }

    /// <summary>Active users holding the role, with the scope of each of their assignments.</summary>
    private async Task<List<(Guid UserId, string? Org, string? Indicator)>> RecipientsAsync(Role role, CancellationToken cancellationToken) =>
        [.. (await db.Assignments.AsNoTracking()
                .Where(a => a.Role == role && db.Users.Any(u => u.Id == a.UserId && u.IsActive))
                .Select(a => new { a.UserId, a.OrgUnitCode, a.IndicatorCode })
                .ToListAsync(cancellationToken))
            .Select(a => (a.UserId, a.OrgUnitCode, a.IndicatorCode))];
}
