using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Excel;

public sealed partial class ExportSubmissionsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Governorate = "OM-BS";

    private static readonly Dictionary<string, string> Hostile = new()
    {
        ["LSP-01"] = "=HYPERLINK(\"http://x\",\"y\")",
        ["LSP-02"] = "+1",
        ["LSP-03"] = "@SUM(1)",
        ["LSP-05"] = "-2+3",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await CollectionSetup.OpenCycleAsync(Fixture, Governorate, "OM-MA");
        var owner = await Fixture.Users.CreateAsync("owner.lsp", [.. Hostile.Keys.Select(c => (Role.IndicatorOwner, (string?)Governorate, (string?)c))]);
        var client = await Fixture.Users.ClientForAsync(owner, "en");
        // Filled in the owner's own template, which carries each item's version.
        var template = await client.GetAsync($"/api/cycles/{CollectionSetup.Year}/template/{Governorate}.xlsx");
        var rows = ExcelFiles.Rows(await template.Content.ReadAsByteArrayAsync());
        foreach (var row in rows)
        {
            (row["Value"], row["Comment"]) = (61.5m, Hostile[(string)row["Code"]!]);
        }

        var saved = await ExcelFiles.PostAsync(client, $"/api/cycles/{CollectionSetup.Year}/template/{Governorate}", ExcelFiles.Write(rows));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    [Fact]
    public async Task The_xlsx_export_has_no_formula_and_neutralised_text_and_numbers_as_numbers()
    {
        var response = await Client.GetAsync($"/api/cycles/{CollectionSetup.Year}/submissions.xlsx?governorate={Governorate}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.DoesNotMatch(FormulaElement(), ExcelFiles.SheetXml(bytes));
        var rows = ExcelFiles.Rows(bytes);
        Assert.Equal(35, rows.Count);
        foreach (var (code, comment) in Hostile)
        {
            var row = rows.Single(r => (string?)r["Code"] == code);
            Assert.Equal("'" + comment, row["Comment"]);
            Assert.Equal(61.5d, row["Value"]);
        }
    }

    [Fact]
    public async Task The_csv_export_neutralises_the_same_cells_and_writes_plain_numbers()
    {
        var response = await Client.GetAsync($"/api/cycles/{CollectionSetup.Year}/submissions.csv?governorate={Governorate}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(36, lines.Length);
        foreach (var (code, comment) in Hostile)
        {
            var line = lines.Single(l => l.Contains($",{code},", StringComparison.Ordinal));
            var quoted = "'" + comment.Replace("\"", "\"\"", StringComparison.Ordinal);
            Assert.True(line.Contains($",{quoted},", StringComparison.Ordinal) || line.Contains($",\"{quoted}\",", StringComparison.Ordinal), line);
            Assert.Contains(",61.5,", line, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(lines.SelectMany(l => l.Split(',')), cell => cell.TrimStart('"') is [ '=' or '+' or '@', ..]);
    }

    [Fact]
    public async Task An_export_holds_only_what_the_caller_may_read()
    {
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.ma", (Role.GovernorateReviewer, "OM-MA", null)), "en");

        var all = ExcelFiles.Rows(await (await Client.GetAsync($"/api/cycles/{CollectionSetup.Year}/submissions.xlsx")).Content.ReadAsByteArrayAsync());
        var own = ExcelFiles.Rows(await (await reviewer.GetAsync($"/api/cycles/{CollectionSetup.Year}/submissions.xlsx")).Content.ReadAsByteArrayAsync());

        Assert.Equal(70, all.Count);
        Assert.Equal(35, own.Count);
        Assert.All(own, r => Assert.Equal("OM-MA", r["Governorate code"]));
        Assert.Equal(HttpStatusCode.NotFound, (await reviewer.GetAsync($"/api/cycles/{CollectionSetup.Year}/submissions.csv?governorate={Governorate}")).StatusCode);
    }

    [Fact]
    public async Task The_export_carries_the_analysis_and_the_recommendation_in_both_languages()
    {
        await Fixture.ExecuteAsOwnerAsync($"""
            UPDATE revisions r SET analysis = '=Staff left mid-year.', recommendation = 'ربط التوظيف بخطة العام القادم.'
            FROM submissions s WHERE r.submission_id = s.id AND s.year = {CollectionSetup.Year} AND s.org_unit_code = '{Governorate}' AND s.indicator_code = 'LSP-02';
            """);

        foreach (var (language, analysis, recommendation) in new[] { ("en", "Analysis", "Recommendation"), ("ar", "التحليل", "التوصية") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cycles/{CollectionSetup.Year}/submissions.xlsx?governorate={Governorate}");
            request.Headers.AcceptLanguage.Clear();
            request.Headers.AcceptLanguage.ParseAdd(language);
            using var response = await Client.SendAsync(request);
            var rows = ExcelFiles.Rows(await response.Content.ReadAsByteArrayAsync());
            var row = rows.Single(r => r.ContainsValue("LSP-02"));
            // What the owner typed is text: a leading "=" is neutralised like a comment's.
            Assert.Equal(("'=Staff left mid-year.", "ربط التوظيف بخطة العام القادم."), (row[analysis], row[recommendation]));
            Assert.All(rows.Where(r => !r.ContainsValue("LSP-02")), r => Assert.Null(r[recommendation]));
        }
    }

    [GeneratedRegex("<(\\w+:)?f[ >/]")]
    private static partial Regex FormulaElement();
}
