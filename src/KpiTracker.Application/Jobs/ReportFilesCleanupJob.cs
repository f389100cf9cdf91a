using Hangfire;
using KpiTracker.Application.Features.Reports;
using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Jobs;

/// <summary>Daily: deletes old cached PDFs, expired batch zips and temporary files of interrupted writes (<see cref="ReportFiles.Prune"/>).</summary>
public sealed partial class ReportFilesCleanupJob(ReportFiles files, TimeProvider clock, ILogger<ReportFilesCleanupJob> logger)
{
    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = 3)]
    public Task RunAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pruned = files.Prune(clock.GetUtcNow());
        LogPruned(logger, pruned.CachedPdfs, pruned.Batches, pruned.Partials);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Report files pruned: {CachedPdfs} cached PDFs, {Batches} finished batches, {Partials} temporary files")]
    private static partial void LogPruned(ILogger logger, int cachedPdfs, int batches, int partials);
}
