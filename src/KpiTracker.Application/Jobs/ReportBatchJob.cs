using System.IO.Compression;
using Hangfire;
using KpiTracker.Application.Features.Reports;
using KpiTracker.Application.Features.Reports.GetScorecardPdf;
using KpiTracker.Application.Features.Scoring;
using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Jobs;

/// <summary>
/// Renders every governorate's scorecard in Arabic and English into one zip, writing its progress (done, total, the current
/// document) to the batch's JSON file after each document. Documents come through the same query and disk cache as the API,
/// so a scorecard already downloaded is not drawn again. A governorate without a run is listed as skipped.
/// </summary>
public sealed partial class ReportBatchJob(ISender sender, AppDbContext db, ReportFiles files, TimeProvider clock, ILogger<ReportBatchJob> logger)
{
    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid batchId, CancellationToken cancellationToken)
    {
        if (files.ReadBatch(batchId) is not { } state)
        {
            LogUnknownBatch(logger, batchId);
            return;
        }

        var zip = files.PartialZipPath(batchId);
        try
        {
            var governorates = await ScoringScope.GovernoratesAsync(db, cancellationToken);
            var skipped = new List<string>();
            state = state with { State = ReportBatchState.Running, Total = governorates.Count * ReportLanguages.All.Length };
            files.WriteBatch(state);
            await using (var output = new FileStream(zip, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            await using (var archive = new ZipArchive(output, ZipArchiveMode.Create))
            {
                foreach (var governorate in governorates)
                {
                    foreach (var language in ReportLanguages.All)
                    {
                        var item = $"{governorate} ({language.Code()})";
                        files.WriteBatch(state with { CurrentItem = item });
                        var pdf = await sender.Send(new GetScorecardPdfQuery(state.Year, governorate, language.Code()), cancellationToken);
                        if (pdf.IsSuccess)
                        {
                            // PDFs are compressed inside already; storing them keeps the zip quick to write.
                            var entry = archive.CreateEntry(pdf.Value.FileName, CompressionLevel.NoCompression);
                            await using var target = await entry.OpenAsync(cancellationToken);
                            await using var source = File.OpenRead(pdf.Value.Path!);
                            await source.CopyToAsync(target, cancellationToken);
                        }
                        else
                        {
                            skipped.Add(item);
                        }

                        state = state with { Done = state.Done + 1, CurrentItem = item, Skipped = [.. skipped] };
                        files.WriteBatch(state);
                    }
                }
            }

            File.Move(zip, files.ZipPath(batchId), overwrite: true);
            files.WriteBatch(state with { State = ReportBatchState.Succeeded, CurrentItem = null, FinishedAt = clock.GetUtcNow() });
        }
        catch (Exception ex)
        {
            File.Delete(zip);
            files.WriteBatch(state with { State = ReportBatchState.Failed, FinishedAt = clock.GetUtcNow(), Error = ex.GetType().Name });
            LogFailed(logger, ex, batchId);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Report batch {BatchId} has no progress file; nothing to do")]
    private static partial void LogUnknownBatch(ILogger logger, Guid batchId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Report batch {BatchId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, Guid batchId);
}
