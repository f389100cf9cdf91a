using System.Diagnostics;
using KpiTracker.Application.Features.Flags.ScanOutliers;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Flags;

/// <summary>LSP-02 submitted through the API by the 11 governorates, North Al Batinah far from the rest (as in OutlierFlagTests).</summary>
public sealed class ScanOutliersJobTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    internal static readonly decimal[] Values = [71, 69, 72, 70, 68, 5, 73, 70, 71, 69, 70];

    [Fact]
    public async Task A_burst_of_submissions_leaves_one_scan_request_and_one_scan_flags_the_outlier_once()
    {
        await SubmitAllAsync("LSP-02", Values);

        var request = await Fixture.WithDbAsync(db => db.ScanRequests.AsNoTracking().SingleAsync());
        Assert.Equal(11, request.Version);

        Assert.Equal(1, await Fixture.SendAsync(new DrainScanRequestsCommand()));
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.ScanRequests.CountAsync()));
        var flag = await Fixture.WithDbAsync(db => db.SubmissionFlags.AsNoTracking().SingleAsync());
        Assert.Equal(("OM-BS", "LSP-02", 5m), (flag.OrgUnitCode, flag.IndicatorCode, flag.Value));

        // Run twice: no request is left, and the nightly full scan raises nothing new.
        Assert.Equal(0, await Fixture.SendAsync(new DrainScanRequestsCommand()));
        Assert.Equal(1, await Fixture.SendAsync(new ScanOpenCyclesCommand()));
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.SubmissionFlags.CountAsync()));
    }
}

/// <summary>With the Hangfire server running: a submission burst is scanned with no manual trigger.</summary>
[Collection(WorkerGroup.Name)]
public sealed class OutlierScanWorkerTests(WorkerDatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task Submissions_are_scanned_for_outliers_by_the_job_runner()
    {
        await SubmitAllAsync("LSP-02", ScanOutliersJobTests.Values);

        var clock = Stopwatch.StartNew();
        var flags = 0;
        while (flags == 0 && clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(200);
            flags = await Fixture.WithDbAsync(db => db.SubmissionFlags.CountAsync());
        }

        Assert.Equal(1, flags);
        Assert.Equal("OM-BS", await Fixture.WithDbAsync(db => db.SubmissionFlags.Select(f => f.OrgUnitCode).SingleAsync()));
    }
}
