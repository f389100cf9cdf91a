using Hangfire;
using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Jobs;

/// <summary>
/// Enqueues one drain; a burst of decisions enqueues several, and all but the first find the requests already done.
/// The client is built on this host's storage: Hangfire's registered client can fall back to the process-wide
/// <c>JobStorage.Current</c>, which with several hosts in one process (the integration tests) is another host's database.
/// </summary>
internal sealed class HangfireScoreSignal(JobStorage storage) : IScoreSignal
{
    private readonly BackgroundJobClient _jobs = new(storage);

    public void RequestsPending() => _jobs.Enqueue<ScoreRequestsJob>(j => j.RunAsync(CancellationToken.None));

    public void ScansPending() => _jobs.Enqueue<ScanRequestsJob>(j => j.RunAsync(CancellationToken.None));
}
