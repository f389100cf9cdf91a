namespace KpiTracker.Application.Features.Reports;

/// <summary>Retention: what the nightly prune deletes from the report folders, and when.</summary>
public sealed partial class ReportFiles
{
    /// <summary>How long a cached PDF is kept after it was drawn. Its tag names exact inputs, so an old file is either still right
    /// (and drawn again on the next request) or unreachable (its run or framework has moved on): deleting it loses nothing.</summary>
    public static readonly TimeSpan CacheKeep = TimeSpan.FromDays(30);

    /// <summary>How long a finished batch (its progress file and zip) stays downloadable.</summary>
    public static readonly TimeSpan BatchKeep = TimeSpan.FromDays(14);

    /// <summary>A temporary file older than this belongs to a write that died (a render or zip takes seconds).</summary>
    public static readonly TimeSpan PartialKeep = TimeSpan.FromDays(1);

    /// <summary>
    /// Deletes cached PDFs drawn more than <see cref="CacheKeep"/> ago, finished batches (succeeded or failed) that finished more
    /// than <see cref="BatchKeep"/> ago with their zip, and temporary files left by interrupted writes. A queued or running batch
    /// is never touched. Safe to run twice and beside readers: a reader that loses a cached file to it renders the file again.
    /// </summary>
    public PruneResult Prune(DateTimeOffset now)
    {
        bool Older(string file, TimeSpan keep) => now - File.GetLastWriteTimeUtc(file) > keep;
        var partials = Delete([.. Files(CacheFolder), .. Files(BatchFolder)], f => f.EndsWith(".partial", StringComparison.Ordinal) && Older(f, PartialKeep));
        var cached = Delete(Files(CacheFolder), f => f.EndsWith(".pdf", StringComparison.Ordinal) && Older(f, CacheKeep));
        var batches = 0;
        foreach (var file in Files(BatchFolder))
        {
            if (file.EndsWith(".json", StringComparison.Ordinal)
                && Guid.TryParseExact(Path.GetFileNameWithoutExtension(file), "N", out var id)
                && ReadBatch(id) is { State: ReportBatchState.Succeeded or ReportBatchState.Failed, FinishedAt: { } finished }
                && now - finished > BatchKeep)
            {
                // The zip first: a progress file without its zip still answers "gone", a zip without one would be orphaned.
                File.Delete(ZipPath(id));
                File.Delete(file);
                batches++;
            }
        }

        return new PruneResult(cached, batches, partials);
    }

    /// <summary>Deletes the files that match; how many.</summary>
    private static int Delete(string[] files, Func<string, bool> matches)
    {
        var deleted = 0;
        foreach (var file in files.Where(matches))
        {
            File.Delete(file);
            deleted++;
        }

        return deleted;
    }

    private static string[] Files(string folder) => Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
}

/// <summary>What <see cref="ReportFiles.Prune"/> deleted: cached PDFs, finished batches (progress file and zip), temporary files.</summary>
public sealed record PruneResult(int CachedPdfs, int Batches, int Partials);
