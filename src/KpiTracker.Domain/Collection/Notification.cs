namespace KpiTracker.Domain.Collection;

/// <summary>
/// An in-app message to one user about one item. Only the kind and the item are stored; the text is worded in the reader's
/// language when it is read.
/// </summary>
public sealed class Notification
{
    private Notification()
    {
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public NotificationKind Kind { get; private set; }
    public int Year { get; private set; }
    public string OrgUnitCode { get; private set; } = "";
    public string IndicatorCode { get; private set; } = "";

    /// <summary>The return reason, when the notification is about a return.</summary>
    public ReturnReason? ReturnReason { get; private set; }
    public string? Actor { get; private set; }

    /// <summary>For a reminder: days left to the deadline (owners) or days the item has waited (reviewers).</summary>
    public int? Days { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public static Notification Create(Guid userId, NotificationKind kind, Submission submission, string? actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return new Notification
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Kind = kind,
            Year = submission.Year,
            OrgUnitCode = submission.OrgUnitCode,
            IndicatorCode = submission.IndicatorCode,
            ReturnReason = kind == NotificationKind.SubmissionReturned ? submission.ReturnReason : null,
            Actor = actor,
            CreatedAt = now,
        };
    }

    /// <summary>A reminder from the system (<see cref="NotificationKind.DeadlineReminder"/> or <see cref="NotificationKind.ReviewWaiting"/>).</summary>
    public static Notification Reminder(Guid userId, NotificationKind kind, Submission submission, int days, DateTimeOffset now)
    {
        var notification = Create(userId, kind, submission, null, now);
        notification.Days = days;
        return notification;
    }

    /// <summary>
    /// A reminder about an improvement action (<see cref="NotificationKind.ActionDueSoon"/> with the days left, or
    /// <see cref="NotificationKind.ActionOverdue"/>), about its indicator in the cycle it was opened in.
    /// </summary>
    public static Notification ActionReminder(Guid userId, Improvement.ImprovementAction action, int days, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new Notification
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Kind = days < 0 ? NotificationKind.ActionOverdue : NotificationKind.ActionDueSoon,
            Year = action.Year,
            OrgUnitCode = action.OrgUnitCode,
            IndicatorCode = action.IndicatorCode,
            Days = days,
            CreatedAt = now,
        };
    }

    /// <summary>About something other than an item (a commitment): the year, governorate and indicator it names.</summary>
    public static Notification About(Guid userId, NotificationKind kind, int year, string orgUnitCode, string indicatorCode, string? actor, DateTimeOffset now) =>
        new() { Id = Guid.NewGuid(), UserId = userId, Kind = kind, Year = year, OrgUnitCode = orgUnitCode, IndicatorCode = indicatorCode, Actor = actor, CreatedAt = now };

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
