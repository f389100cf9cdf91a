using KpiTracker.Application.Features.Reports;
using KpiTracker.Application.Jobs;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Reports;

/// <summary>The daily cleanup of the report folder, on the host's real storage folder and clock.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class ReportFilesCleanupTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Old_cached_pdfs_expired_batches_and_dead_temporary_files_go_and_everything_else_stays()
    {
        var files = Fixture.Factory.Services.GetRequiredService<ReportFiles>();
        var now = Fixture.Clock.GetUtcNow();
        var oldPdf = Cached(files, 'a', now - TimeSpan.FromDays(31));
        var freshPdf = Cached(files, 'b', now - TimeSpan.FromDays(29));
        var deadPartial = Touch(oldPdf + ".1.partial", now - TimeSpan.FromDays(2));
        var livePartial = Touch(freshPdf + ".2.partial", now - TimeSpan.FromMinutes(1));

        var expired = Batch(files, ReportBatchState.Succeeded, now - TimeSpan.FromDays(15), withZip: true);
        var failed = Batch(files, ReportBatchState.Failed, now - TimeSpan.FromDays(20), withZip: false);
        var recent = Batch(files, ReportBatchState.Succeeded, now - TimeSpan.FromDays(13), withZip: true);
        var running = Batch(files, ReportBatchState.Running, null, withZip: false, createdAt: now - TimeSpan.FromDays(40));
        var runningZip = Touch(files.PartialZipPath(running), now - TimeSpan.FromMinutes(5));

        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<ReportFilesCleanupJob>(scope.ServiceProvider);
        await job.RunAsync(CancellationToken.None);
        // Safe to run twice: the second finds nothing more to delete and fails on nothing already gone.
        await job.RunAsync(CancellationToken.None);

        Assert.False(File.Exists(oldPdf));
        Assert.False(File.Exists(deadPartial));
        Assert.True(File.Exists(freshPdf));
        Assert.True(File.Exists(livePartial));
        Assert.Null(files.ReadBatch(expired));
        Assert.False(File.Exists(files.ZipPath(expired)));
        Assert.Null(files.ReadBatch(failed));
        Assert.Equal(ReportBatchState.Succeeded, files.ReadBatch(recent)?.State);
        Assert.True(File.Exists(files.ZipPath(recent)));
        Assert.Equal(ReportBatchState.Running, files.ReadBatch(running)?.State);
        Assert.True(File.Exists(runningZip));
        Assert.Equal(new PruneResult(0, 0, 0), files.Prune(now));
    }

    private static string Cached(ReportFiles files, char fill, DateTimeOffset drawn)
    {
        var path = files.CachedPath(new string(fill, 64));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, "%PDF-1.7"u8.ToArray());
        return Touch(path, drawn);
    }

    private static Guid Batch(ReportFiles files, string state, DateTimeOffset? finished, bool withZip, DateTimeOffset? createdAt = null)
    {
        var id = Guid.NewGuid();
        files.WriteBatch(new ReportBatchState(id, 2025, state, 22, 22, null, createdAt ?? finished!.Value - TimeSpan.FromMinutes(2), finished, [], null));
        if (withZip)
        {
            File.WriteAllBytes(files.ZipPath(id), [0x50, 0x4b, 0x05, 0x06, .. new byte[18]]);
        }

        return id;
    }

    private static string Touch(string path, DateTimeOffset at)
    {
        if (!File.Exists(path))
        {
            File.WriteAllBytes(path, [1]);
        }

        File.SetLastWriteTimeUtc(path, at.UtcDateTime);
        return path;
    }
}
