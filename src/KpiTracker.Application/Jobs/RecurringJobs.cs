using Hangfire;

namespace KpiTracker.Application.Jobs;

/// <summary>Every recurring schedule, in one place. Registered by the worker after start through <see cref="IRecurringJobManager"/>.</summary>
public static class RecurringJobs
{
    public const string DrainScoreRequests = "score-requests";
    public const string NightlyRecompute = "nightly-recompute";

    public static TimeZoneInfo Muscat { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Muscat");

    public static void Register(IRecurringJobManager manager)
    {
        ArgumentNullException.ThrowIfNull(manager);
        var muscat = new RecurringJobOptions { TimeZone = Muscat };

        // Safety net for a signal lost between a decision's commit and its enqueue (process killed in between).
        manager.AddOrUpdate<ScoreRequestsJob>(DrainScoreRequests, JobQueues.Scoring, j => j.RunAsync(CancellationToken.None), Cron.Minutely(), muscat);
        manager.AddOrUpdate<NightlyRecomputeJob>(NightlyRecompute, JobQueues.Scoring, j => j.RunAsync(CancellationToken.None), "0 2 * * *", muscat);
    }
}
