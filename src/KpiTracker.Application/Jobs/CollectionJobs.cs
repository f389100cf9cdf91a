using Hangfire;
using KpiTracker.Application.Features.Cycles.CloseCycle;
using KpiTracker.Application.Features.Flags.ScanOutliers;
using KpiTracker.Application.Features.Notifications.SendOutbox;
using KpiTracker.Application.Features.Notifications.SendReminders;

namespace KpiTracker.Application.Jobs;

/// <summary>Closes the cycles whose close date has passed and writes their final runs (see <see cref="CloseDueCyclesCommand"/>).</summary>
public sealed class ExpiryJob(ISender sender)
{
    [Queue(JobQueues.Scoring)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken) => await sender.Send(new CloseDueCyclesCommand(), cancellationToken);
}

/// <summary>Deadline reminders to owners and waiting-review reminders to reviewers (see <see cref="SendRemindersCommand"/>).</summary>
public sealed class ReminderJob(ISender sender)
{
    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new SendRemindersCommand(), cancellationToken);
        await sender.Send(new Features.Actions.SendActionReminders.SendActionRemindersCommand(), cancellationToken);
    }
}

/// <summary>
/// Sends due outbox emails. Hangfire does not retry it: each row keeps its own attempts and next attempt
/// (see <see cref="Data.Jobs.OutboxPolicy"/>), and the next minutely run picks up whatever is due.
/// </summary>
public sealed class OutboxJob(ISender sender)
{
    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken) => await sender.Send(new SendOutboxCommand(), cancellationToken);
}

/// <summary>Scans the cycles with pending scan requests (after submissions), coalesced like the score requests.</summary>
public sealed class ScanRequestsJob(ISender sender)
{
    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(CancellationToken cancellationToken) => await sender.Send(new DrainScanRequestsCommand(), cancellationToken);
}

/// <summary>Scans every open cycle for outliers.</summary>
public sealed class NightlyScanJob(ISender sender)
{
    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken) => await sender.Send(new ScanOpenCyclesCommand(), cancellationToken);
}
