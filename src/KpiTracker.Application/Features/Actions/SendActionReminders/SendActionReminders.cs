using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Actions.SendActionReminders;

/// <summary>
/// Daily, with the other reminders: each open action's responsible user is reminded 14 and 3 days before its due date and
/// the day after it passes (Muscat dates; <see cref="ActionReminders"/>), each once. The action records what went out in the
/// same transaction as the notification, by a conditional update on the bits it read: a run side by side that recorded the
/// reminder first leaves this one's update without a row, and this one sends nothing.
/// </summary>
public sealed record SendActionRemindersCommand : ICommand<int>, ISystemMessage;

internal sealed class SendActionRemindersHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<SendActionRemindersCommand, int>
{
    /// <summary>Actions further than this from their due date get nothing today.</summary>
    private const int Horizon = 14;

    public async ValueTask<int> Handle(SendActionRemindersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = MuscatTime.DateOf(now);
        var soon = today.AddDays(Horizon);
        var open = await db.ImprovementActions.AsNoTracking()
            .Where(a => (a.Status == ActionStatus.Planned || a.Status == ActionStatus.InProgress) && a.DueDate <= soon && a.RemindersSent < 7)
            .Where(a => db.Users.Any(u => u.Id == a.ResponsibleUserId && u.IsActive))
            .OrderBy(a => a.Id)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var action in open)
        {
            var before = action.RemindersSent;
            if (action.TakeReminder(today) is { } days
                && await db.ImprovementActions.Where(a => a.Id == action.Id && a.RemindersSent == before)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.RemindersSent, action.RemindersSent), cancellationToken) == 1)
            {
                db.Notifications.Add(Notification.ActionReminder(action.ResponsibleUserId, action, days, now));
                sent++;
            }
        }

        return sent;
    }
}
