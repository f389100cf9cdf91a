using System.Net;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Excel;

public sealed class ImportTemplateTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Governorate = "OM-BS";
    private static readonly string TemplateUrl = $"/api/cycles/{CollectionSetup.Year}/template/{Governorate}";

    private HttpClient _owner = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CollectionSetup.OpenCycleAsync(Fixture, Governorate);
        var codes = await Fixture.WithDbAsync(db => db.Indicators.Select(i => i.Code).ToListAsync());
        var owner = await Fixture.Users.CreateAsync("owner.all", [.. codes.Select(c => (Role.IndicatorOwner, (string?)Governorate, (string?)c))]);
        _owner = await Fixture.Users.ClientForAsync(owner, "en");
    }

    [Fact]
    public async Task A_template_filled_with_valid_rows_imports_every_row_in_one_go()
    {
        var template = await DownloadAsync(_owner);
        Assert.Equal(35, template.Count);

        var response = await ExcelFiles.PostAsync(_owner, TemplateUrl, ExcelFiles.Write(Fill(template)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await EvidenceApi.JsonAsync(response);
        // GOV-02 is computed by the platform: its row stays blank and counts as unchanged.
        Assert.Equal(34, result.GetProperty("saved").GetInt32());
        Assert.Equal(1, result.GetProperty("unchanged").GetInt32());
        var values = await Fixture.WithDbAsync(db => db.Revisions.Where(r => r.Value != null).Select(r => new { r.Value, r.Comment }).ToListAsync());
        Assert.Equal(34, values.Count);
        Assert.All(values, v => Assert.Equal("checked", v.Comment));
        Assert.Equal(34, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "import_template.update" && a.Entity == "revision")));

        // The same file again changes nothing.
        var again = await EvidenceApi.JsonAsync(await ExcelFiles.PostAsync(_owner, TemplateUrl, ExcelFiles.Write(Fill(template))));
        Assert.Equal(0, again.GetProperty("saved").GetInt32());
    }

    [Fact]
    public async Task One_bad_row_saves_nothing_and_is_reported_by_row_indicator_and_field()
    {
        var rows = Fill(await DownloadAsync(_owner));
        var bad = rows.FindIndex(r => (string?)r["Code"] == "LSP-02");
        rows[bad]["Value"] = 150m;

        var response = await ExcelFiles.PostAsync(_owner, TemplateUrl, ExcelFiles.Write(rows));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await EvidenceApi.JsonAsync(response);
        Assert.Equal("excel.rows.invalid", problem.GetProperty("code").GetString());
        var error = Assert.Single(problem.GetProperty("rows").EnumerateArray());
        Assert.Equal(bad + 2, error.GetProperty("row").GetInt32());
        Assert.Equal("LSP-02", error.GetProperty("indicator").GetString());
        Assert.Equal("value", error.GetProperty("field").GetString());
        Assert.Equal("value.above_max", error.GetProperty("code").GetString());
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Revisions.CountAsync(r => r.Value != null)));

        var report = await ExcelFiles.PostAsync(_owner, $"{TemplateUrl}/errors.xlsx", ExcelFiles.Write(rows));
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
        var line = Assert.Single(ExcelFiles.Rows(await report.Content.ReadAsByteArrayAsync()));
        Assert.Equal((double)(bad + 2), line["Row"]);
        Assert.Equal("LSP-02", line["Indicator code"]);
        Assert.Equal("Value", line["Column"]);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Revisions.CountAsync(r => r.Value != null)));
    }

    [Fact]
    public async Task The_arabic_template_reads_right_to_left_keeps_latin_codes_and_imports_the_same()
    {
        var arabic = await Fixture.Users.ClientForAsync(new TestUser(await OwnerIdAsync(), "owner.all"), "ar");
        var bytes = await (await arabic.GetAsync($"{TemplateUrl}.xlsx")).Content.ReadAsByteArrayAsync();
        var rows = ExcelFiles.Rows(bytes);

        Assert.Contains("rightToLeft=\"1\"", ExcelFiles.SheetXml(bytes), StringComparison.Ordinal);
        Assert.Equal("LSP-01", rows[0]["الرمز"]);
        Assert.Equal("نسبة الأهداف المرتبطة بالخطة السنوية", rows[0]["الاسم بالعربية"]);

        rows[0]["القيمة"] = "٧٢٫٥";
        var response = await ExcelFiles.PostAsync(arabic, TemplateUrl, ExcelFiles.Write(rows));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(72.5m, await Fixture.WithDbAsync(db => db.Revisions.Where(r => r.Value != null).Select(r => r.Value).SingleAsync()));
    }

    [Fact]
    public async Task Owners_get_their_rows_reviewers_every_row_and_only_owners_import()
    {
        var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.one", (Role.IndicatorOwner, Governorate, "CUS-04")), "en");
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, Governorate, null)), "en");
        var outsider = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.ma", (Role.GovernorateReviewer, "OM-MA", null)), "en");

        Assert.Equal(["CUS-04"], (await DownloadAsync(owner)).Select(r => r["Code"]));
        Assert.Equal(35, (await DownloadAsync(reviewer)).Count);
        Assert.Equal(35, (await DownloadAsync(Client)).Count);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{TemplateUrl}.xlsx")).StatusCode);

        var rows = Fill(await DownloadAsync(reviewer));
        Assert.Equal(HttpStatusCode.Forbidden, (await ExcelFiles.PostAsync(reviewer, TemplateUrl, ExcelFiles.Write(rows))).StatusCode);

        // Someone else's filled rows in the owner's file are refused by row; nothing is saved.
        var response = await ExcelFiles.PostAsync(owner, TemplateUrl, ExcelFiles.Write(rows));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = (await EvidenceApi.JsonAsync(response)).GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("code").GetString()).Distinct();
        Assert.Equal(["excel.row.not_yours"], codes);
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused_with_a_field_error()
    {
        var response = await ExcelFiles.PostAsync(_owner, TemplateUrl, Evidence.EvidenceSamples.XlsxBomb());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("file.archive.too_large", await EvidenceApi.FieldCodesAsync(response, "file"));
        var csv = await ExcelFiles.PostAsync(_owner, TemplateUrl, Evidence.EvidenceSamples.Csv());
        Assert.Contains("excel.file.not_xlsx", await EvidenceApi.FieldCodesAsync(csv, "file"));
    }

    /// <summary>Every enterable row gets 50 (valid for every indicator of the default edition) and a comment; GOV-02 stays blank.</summary>
    private static List<Dictionary<string, object?>> Fill(List<Dictionary<string, object?>> template)
    {
        foreach (var row in template.Where(r => (string?)r["Code"] != "GOV-02"))
        {
            row["Value"] = 50m;
            row["Comment"] = "checked";
        }

        return template;
    }

    private static async Task<List<Dictionary<string, object?>>> DownloadAsync(HttpClient client)
    {
        var response = await client.GetAsync($"{TemplateUrl}.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        return ExcelFiles.Rows(await response.Content.ReadAsByteArrayAsync());
    }

    private Task<Guid> OwnerIdAsync() => Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "owner.all").Select(u => u.Id).SingleAsync());
}
