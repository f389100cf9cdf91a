using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using KpiTracker.Tests.Shared;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Reports;

/// <summary>With the Hangfire server in the test host: a batch renders every governorate in both languages into one zip.</summary>
[Collection(WorkerGroup.Name)]
public sealed class StartReportBatchTests(WorkerDatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_batch_runs_to_a_zip_of_22_valid_pdfs_reports_its_progress_and_is_audited()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/cycles/{data.Year}/scorecards/batch", UriKind.Relative));
        request.Headers.Add("Idempotency-Key", "batch-once");
        using var started = await Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!;
        var accepted = (await started.Content.ReadFromJsonAsync<JsonElement>())!;
        var id = accepted.GetProperty("id").GetGuid();
        Assert.Equal($"/api/report-batches/{id}", location.OriginalString);
        Assert.Equal(22, accepted.GetProperty("total").GetInt32());

        // The same key again is the same batch, answered from the stored response; no second batch is started.
        using var retry = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/cycles/{data.Year}/scorecards/batch", UriKind.Relative));
        retry.Headers.Add("Idempotency-Key", "batch-once");
        using var replayed = await Client.SendAsync(retry);
        Assert.Equal(HttpStatusCode.Accepted, replayed.StatusCode);
        Assert.Equal(id, (await replayed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());

        var clock = Stopwatch.StartNew();
        JsonElement progress;
        do
        {
            await Task.Delay(300);
            progress = await Client.GetFromJsonAsync<JsonElement>(location);
            Assert.Contains(progress.GetProperty("state").GetString(), new[] { "queued", "running", "succeeded" });
            Assert.InRange(progress.GetProperty("percent").GetInt32(), 0, 100);
        }
        while (progress.GetProperty("state").GetString() != "succeeded" && clock.Elapsed < TimeSpan.FromMinutes(3));

        Assert.Equal("succeeded", progress.GetProperty("state").GetString());
        Assert.Equal(100, progress.GetProperty("percent").GetInt32());
        Assert.Equal(22, progress.GetProperty("done").GetInt32());
        Assert.Equal(22, progress.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, progress.GetProperty("currentItem").ValueKind);
        Assert.Equal(0, progress.GetProperty("skipped").GetArrayLength());
        Assert.Equal($"/api/report-batches/{id}/zip", progress.GetProperty("zip").GetString());
        Assert.Equal(data.Year, progress.GetProperty("year").GetInt32());

        using var zipResponse = await Client.GetAsync(new Uri(progress.GetProperty("zip").GetString()!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, zipResponse.StatusCode);
        Assert.Equal("application/zip", zipResponse.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await zipResponse.Content.ReadAsByteArrayAsync()));
        Assert.Equal(22, zip.Entries.Count);
        var folder = Directory.CreateTempSubdirectory("kpi-batch-").FullName;
        foreach (var entry in zip.Entries)
        {
            Assert.EndsWith(".pdf", entry.Name, StringComparison.Ordinal);
            var path = Path.Combine(folder, entry.Name);
            entry.ExtractToFile(path);
            var (code, output) = PdfTools.Check(path);
            Assert.True(code == 0, $"{entry.Name}: {output}");
        }

        Assert.Equal(data.Governorates.SelectMany(g => new[] { $"scorecard-{data.Year}-{g}-ar.pdf", $"scorecard-{data.Year}-{g}-en.pdf" }).Order(), zip.Entries.Select(e => e.Name).Order());
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "report_batch.create" && a.EntityKey == id.ToString() && a.UserName == "central.test")));
    }

    [Fact]
    public async Task Only_the_central_team_starts_or_reads_batches_and_an_unknown_batch_is_a_404()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        using var viewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("viewer.all", (Role.Viewer, null, null)));

        using var unscored = await Client.PostAsync(new Uri($"/api/cycles/{data.Year}/scorecards/batch", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, unscored.StatusCode);
        using var refused = await viewer.PostAsync(new Uri($"/api/cycles/{data.Year}/scorecards/batch", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var unknown = await Client.GetAsync(new Uri($"/api/report-batches/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var notVisible = await viewer.GetAsync(new Uri($"/api/report-batches/{Guid.NewGuid()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, notVisible.StatusCode);
    }
}
