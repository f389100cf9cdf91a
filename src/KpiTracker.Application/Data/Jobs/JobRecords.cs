namespace KpiTracker.Application.Data.Jobs;

/// <summary>
/// One reminder sent to one user about one item on one occasion (<c>owner:14</c>, <c>owner:7</c>, <c>owner:1</c>,
/// <c>review:&lt;submitted at&gt;</c>). The unique key on (user, submission, occasion) is what makes the reminder job safe to
/// run twice or side by side: the row and the notification commit together, and a second insert of the same key is refused.
/// </summary>
public sealed class ReminderSent
{
    public Guid Id { get; init; }
    public Guid UserId { get; init; }
    public Guid SubmissionId { get; init; }
    public string Occasion { get; init; } = "";
    public Guid NotificationId { get; init; }
    public DateTimeOffset SentAt { get; init; }
}

/// <summary>
/// An email to send for a notification, written in the notification's transaction when SMTP is configured. The sender job
/// claims due rows (<c>FOR UPDATE SKIP LOCKED</c>), sends, and marks each sent, or counts the attempt and sets the next one
/// with a growing delay; after <see cref="OutboxPolicy.MaxAttempts"/> attempts the row is given up (kept, with its error).
/// </summary>
public sealed class OutboxEmail
{
    public Guid Id { get; init; }
    public Guid NotificationId { get; init; }
    public Guid UserId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public DateTimeOffset? GaveUpAt { get; set; }
    public string? LastError { get; set; }
}

/// <summary>"Scan this cycle for outliers again": one row per cycle, upserted with every submission, drained like score requests.</summary>
public sealed class ScanRequest
{
    public Guid CycleId { get; init; }
    public long Version { get; init; }
    public DateTimeOffset RequestedAt { get; init; }
}

/// <summary>How the outbox retries: the delay before attempt n+1 after n failures, and when it gives up.</summary>
public static class OutboxPolicy
{
    public const int MaxAttempts = 6;

    private static readonly TimeSpan[] Delays = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12)];

    /// <summary>1 min, 5 min, 30 min, 2 h, 12 h.</summary>
    public static TimeSpan DelayAfter(int failures) => Delays[Math.Clamp(failures, 1, Delays.Length) - 1];
}
