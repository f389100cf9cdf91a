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

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Tag();
}
