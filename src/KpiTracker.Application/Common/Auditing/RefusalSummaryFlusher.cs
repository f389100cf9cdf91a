using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KpiTracker.Application.Common.Auditing;

/// <summary>Writes the refusal summaries of ended minutes every 30 seconds, and all pending ones when the process stops.</summary>
internal sealed class RefusalSummaryFlusher(RefusalBudget budget, IServiceScopeFactory scopes, TimeProvider clock) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(30), clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await WriteAsync(budget.TakeEnded(), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes what is left.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await WriteAsync(budget.TakeEnded(all: true), cancellationToken);
    }

    private async Task WriteAsync(List<AuditEntry> summaries, CancellationToken cancellationToken)
    {
        if (summaries.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AuditEntries.AddRange(summaries);
        await db.SaveChangesAsync(cancellationToken);
    }
}
