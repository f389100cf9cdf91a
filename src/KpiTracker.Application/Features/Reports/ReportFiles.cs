using System.Text.Json;
using System.Text.RegularExpressions;
using KpiTracker.Application.Common.Files;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Features.Reports;

/// <summary>
/// Rendered documents under the storage folder (<c>Kpi:Storage:Path</c>): <c>reports/cache/{tag}.pdf</c>, one file per entity
/// tag, and <c>reports/batches/{id}.json</c> (progress) beside <c>{id}.zip</c>. Files are written under a temporary name and
/// renamed when complete, so a reader never sees half a file; only generated names (hex tags, GUIDs) ever become paths.
/// </summary>
public sealed partial class ReportFiles(IOptions<FileStorageOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Root { get; } = Path.Combine(Path.GetFullPath(options.Value.Path), "reports");

    private string CacheFolder => Path.Combine(Root, "cache");

    private string BatchFolder => Path.Combine(Root, "batches");

    /// <summary>The cached PDF of this tag, rendered now by <paramref name="render"/> if it is not on disk yet.</summary>
    public async Task<string> GetOrRenderAsync(string tag, Func<Stream, CancellationToken, Task> render, CancellationToken cancellationToken)
    {
        var path = CachedPath(tag);
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(CacheFolder);
        var temp = $"{path}.{Guid.NewGuid():N}.partial";
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await render(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
            }

            // Two renders of one tag race harmlessly: they wrote the same bytes, and the last rename wins.
            File.Move(temp, path, overwrite: true);
            return path;
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    public string CachedPath(string tag) =>
        Tag().IsMatch(tag) ? Path.Combine(CacheFolder, tag + ".pdf") : throw new ArgumentException($"'{tag}' is not a report tag.", nameof(tag));

    public string ZipPath(Guid batchId) => Path.Combine(BatchFolder, batchId.ToString("N") + ".zip");

    /// <summary>A temporary name beside the zip, renamed to <see cref="ZipPath"/> once the archive is complete.</summary>
    public string PartialZipPath(Guid batchId) => ZipPath(batchId) + ".partial";

    public ReportBatchState? ReadBatch(Guid batchId)
    {
        var path = StatePath(batchId);
        if (!File.Exists(path))
        {
            return null;
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return JsonSerializer.Deserialize<ReportBatchState>(file, Json);
    }

    /// <summary>Replaces the progress file in one rename, so a reader sees the old state or the new one, never a torn one.</summary>
    public void WriteBatch(ReportBatchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        Directory.CreateDirectory(BatchFolder);
        var path = StatePath(state.Id);
        var temp = $"{path}.{Guid.NewGuid():N}.partial";
        File.WriteAllBytes(temp, JsonSerializer.SerializeToUtf8Bytes(state, Json));
        File.Move(temp, path, overwrite: true);
    }

    private string StatePath(Guid batchId) => Path.Combine(BatchFolder, batchId.ToString("N") + ".json");

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

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Tag();
}

/// <summary>What <see cref="ReportFiles.Prune"/> deleted: cached PDFs, finished batches (progress file and zip), temporary files.</summary>
public sealed record PruneResult(int CachedPdfs, int Batches, int Partials);

/// <summary>What a batch has done so far, kept as JSON beside its zip (no table: a batch is a file and its progress).</summary>
public sealed record ReportBatchState(
    Guid Id,
    int Year,
    string State,
    int Done,
    int Total,
    string? CurrentItem,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<string> Skipped,
    string? Error)
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    public int Percent => Total == 0 ? (State == Succeeded ? 100 : 0) : Done * 100 / Total;
}
