using System.Net;
using KpiTracker.Application.Features.Excel.ImportTemplate;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Excel;

/// <summary>A template remembers each item's version: an import never overwrites a draft saved after the template was made.</summary>
public sealed class ImportTemplateVersionTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Governorate = "OM-BS";
    private static readonly string TemplateUrl = $"/api/cycles/{CollectionSetup.Year}/template/{Governorate}";

    private HttpClient _owner = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CollectionSetup.OpenCycleAsync(Fixture, Governorate);
        var owner = await Fixture.Users.CreateAsync("owner.lsp", (Role.IndicatorOwner, Governorate, "LSP-01"), (Role.IndicatorOwner, Governorate, "LSP-02"));
        _owner = await Fixture.Users.ClientForAsync(owner, "en");
    }

    [Fact]
    public async Task A_row_whose_item_changed_since_the_download_is_reported_stale_and_the_newer_draft_is_kept()
    {
        var old = await DownloadAsync();
        var newer = await DownloadAsync();
        Set(newer, "LSP-01", 60m);
        Assert.Equal(HttpStatusCode.OK, (await ExcelFiles.PostAsync(_owner, TemplateUrl, ExcelFiles.Write(newer))).StatusCode);

        Set(old, "LSP-01", 50m);
        Set(old, "LSP-02", 40m);
        var response = await ExcelFiles.PostAsync(_owner, TemplateUrl, ExcelFiles.Write(old));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await EvidenceApi.JsonAsync(response)).GetProperty("rows").EnumerateArray());
        Assert.Equal("LSP-01", error.GetProperty("indicator").GetString());
        Assert.Equal("version", error.GetProperty("field").GetString());
        Assert.Equal("excel.row.stale", error.GetProperty("code").GetString());
        Assert.Contains("LSP-01", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(60m, await ValueAsync("LSP-01"));
        Assert.Null(await ValueAsync("LSP-02"));

        // The old template's row, once it says what the item now holds, is simply unchanged.
        Set(old, "LSP-01", 60m);
        var agreed = await EvidenceApi.JsonAsync(await ExcelFiles.PostAsync(_owner, TemplateUrl, ExcelFiles.Write(old)));
        Assert.Equal(1, agreed.GetProperty("saved").GetInt32());
        Assert.Equal(40m, await ValueAsync("LSP-02"));
    }

    [Fact]
    public async Task A_template_without_the_version_column_is_refused_whole()
    {
        var rows = await DownloadAsync();
        Set(rows, "LSP-01", 50m);
        foreach (var row in rows)
        {
            row.Remove("Version (do not change)");
        }

        var response = await ExcelFiles.PostAsync(_owner, TemplateUrl, ExcelFiles.Write(rows));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["excel.header.version_missing"], await EvidenceApi.FieldCodesAsync(response, "file"));
        Assert.Null(await ValueAsync("LSP-01"));
    }

    [Fact]
    public async Task An_import_whose_request_is_aborted_stops_reading_and_writes_nothing()
    {
        var rows = await DownloadAsync();
        Set(rows, "LSP-01", 50m);
        using var aborted = new CancellationTokenSource();
        await using var upload = new AbortingStream(ExcelFiles.Write(rows), aborted);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await Fixture.SendAsync(new ImportTemplateCommand(CollectionSetup.Year, Governorate, upload.Length, upload), aborted.Token));

        Assert.Equal(0, upload.ReadAfterAbort);
        Assert.Null(await ValueAsync("LSP-01"));
    }

    private static void Set(List<Dictionary<string, object?>> rows, string code, decimal value) => rows.Single(r => (string?)r["Code"] == code)["Value"] = value;

    private async Task<List<Dictionary<string, object?>>> DownloadAsync() =>
        ExcelFiles.Rows(await (await _owner.GetAsync($"{TemplateUrl}.xlsx")).Content.ReadAsByteArrayAsync());

    private Task<decimal?> ValueAsync(string indicator) => Fixture.WithDbAsync(db =>
        db.Submissions.Where(s => s.OrgUnitCode == Governorate && s.IndicatorCode == indicator)
            .Select(s => s.Revisions.Single(r => r.Number == s.CurrentRevision).Value).SingleAsync());

    /// <summary>An upload whose client goes away as soon as the server starts reading it; counts what is read after that.</summary>
    private sealed class AbortingStream(byte[] content, CancellationTokenSource client) : MemoryStream(content)
    {
        public long ReadAfterAbort { get; private set; }

        // MemoryStream's span reads of a derived class come here too.
        public override int Read(byte[] buffer, int offset, int count)
        {
            var aborted = client.IsCancellationRequested;
            var read = base.Read(buffer, offset, count);
            if (aborted)
            {
                ReadAfterAbort += read;
            }
            else
            {
                client.Cancel();
            }

            return read;
        }
    }
}
