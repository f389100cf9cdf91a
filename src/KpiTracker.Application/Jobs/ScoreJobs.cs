using Hangfire;
using KpiTracker.Application.Features.Scoring.DrainScoreRequests;
using KpiTracker.Application.Features.Scoring.RecomputeCycles;

namespace KpiTracker.Application.Jobs;

/// <summary>Scores every (cycle, governorate) with a pending request; enqueued after each decision and run every minute as a safety net.</summary>
public sealed class ScoreRequestsJob(ISender sender)
{
    [Queue(JobQueues.Scoring)]
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(CancellationToken cancellationToken) => await sender.Send(new DrainScoreRequestsCommand(), cancellationToken);
}

/// <summary>
/// Checks every open and closed cycle's latest runs against a fresh computation (<see cref="RecomputeCyclesCommand"/>). No
/// <c>[DisableConcurrentExecution]</c>: the database keeps two runs of one governorate apart (advisory lock and the unique
/// latest-run index), and a Hangfire lock left by a killed worker would hold the restarted job back until it expired.
/// </summary>
public sealed class NightlyRecomputeJob(ISender sender)
{
    [Queue(JobQueues.Scoring)]
    [AutomaticRetry(Attempts = 3)]
    public async Task RunAsync(CancellationToken cancellationToken) => await sender.Send(new RecomputeCyclesCommand(), cancellationToken);
}

public static class JobQueues
{
    /// <summary>Score runs first, so a decision shows on the scorecard quickly whatever else is queued.</summary>
    public const string Scoring = "scoring";
    public const string Default = "default";

    public static readonly string[] All = [Scoring, Default];
}
