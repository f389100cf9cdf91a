using Hangfire;
using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Jobs;

/// <summary>Enqueues one drain; a burst of decisions enqueues several, and all but the first find the requests already scored.</summary>
internal sealed class HangfireScoreSignal(IBackgroundJobClient jobs) : IScoreSignal
{
    public void RequestsPending() => jobs.Enqueue<ScoreRequestsJob>(j => j.RunAsync(CancellationToken.None));
}
