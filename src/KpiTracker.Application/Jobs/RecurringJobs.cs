using Hangfire;

namespace KpiTracker.Application.Jobs;

/// <summary>Every recurring schedule, in one place. Registered by the worker after start through <see cref="IRecurringJobManager"/>.</summary>
public static class RecurringJobs
{
    public const string DrainScoreRequests = "score-requests";
    public const string NightlyRecompute = "nightly-recompute";
    public const string Expiry = "expiry";
    public const string Reminders = "reminders";
    public const string EmailOutbox = "email-outbox";
    public const string DrainScanRequests = "scan-requests";
    public const string NightlyScan = "nightly-outlier-scan";
    public const string ReportFilesCleanup = "report-files-cleanup";
    public const string AuditHeadExport = "audit-head-export";

    public static void Register(IRecurringJobManager manager)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var muscat = new RecurringJobOptions { TimeZone = MuscatTime.Zone };

        // Safety net for a signal lost between a decision's commit and its enqueue (process killed in between).
        manager.AddOrUpdate<ScoreRequestsJob>(DrainScoreRequests, JobQueues.Scoring, j => j.RunAsync(CancellationToken.None), Cron.Minutely(), muscat);
        manager.AddOrUpdate<NightlyRecomputeJob>(NightlyRecompute, JobQueues.Scoring, j => j.RunAsync(CancellationToken.None), "0 2 * * *", muscat);

        // A cycle closes within 5 minutes of the end of its close date (Muscat), with its final runs.
        manager.AddOrUpdate<ExpiryJob>(Expiry, JobQueues.Scoring, j => j.RunAsync(CancellationToken.None), "*/5 * * * *", muscat);

        // Reminders in the morning of a Muscat working day's date; the occasions are whole days before the deadline.
        manager.AddOrUpdate<ReminderJob>(Reminders, JobQueues.Default, j => j.RunAsync(CancellationToken.None), "0 8 * * *", muscat);

        // Emails of the outbox: new rows and rows whose next attempt has come. Does nothing without SMTP configured.
        manager.AddOrUpdate<OutboxJob>(EmailOutbox, JobQueues.Default, j => j.RunAsync(CancellationToken.None), Cron.Minutely(), muscat);

        // Outlier scans: the safety net for a lost signal after a submission burst, and a full scan after the nightly recompute.
        manager.AddOrUpdate<ScanRequestsJob>(DrainScanRequests, JobQueues.Default, j => j.RunAsync(CancellationToken.None), Cron.Minutely(), muscat);
        manager.AddOrUpdate<NightlyScanJob>(NightlyScan, JobQueues.Default, j => j.RunAsync(CancellationToken.None), "30 2 * * *", muscat);

        // Old cached PDFs, expired batch zips and leftovers of interrupted writes, after the night's scoring.
        manager.AddOrUpdate<ReportFilesCleanupJob>(ReportFilesCleanup, JobQueues.Default, j => j.RunAsync(CancellationToken.None), "0 4 * * *", muscat);

        // The audit chain's head, appended to append-only storage outside the database (docs/SECURITY.md, "The audit log").
        manager.AddOrUpdate<AuditHeadExportJob>(AuditHeadExport, JobQueues.Default, j => j.RunAsync(CancellationToken.None), "*/5 * * * *", muscat);
    }
}
