using Hangfire;
using KpiTracker.Application.Jobs;

namespace KpiTracker.Web.Hosting;

/// <summary>
/// Registers the recurring schedules once the host has started (worker role only), then enqueues one drain. The manager and
/// client are built on this host's storage, for the same reason as <c>HangfireScoreSignal</c>'s client.
/// </summary>
internal sealed class RecurringJobsRegistration(JobStorage storage, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            RecurringJobs.Register(new RecurringJobManager(storage));
            // One drain at start: it asks for the runs of every open or closed cycle that has none (a fresh install after
            // seeding, an upgrade), so scorecards exist within seconds rather than at the next minutely drain.
            new BackgroundJobClient(storage).Enqueue<ScoreRequestsJob>(j => j.RunAsync(CancellationToken.None));
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
