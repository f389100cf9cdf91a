using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Improvement;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Features.Excel;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Commitments;

[Collection(SecondDatabaseGroup.Name)]
public sealed class ImportCommitmentTemplateTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Url = "/api/cycles/2025/commitments/OM-BS/template";

    private TestUser _user = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await ScoringData.OpenAsync(Fixture, 2025);
        _user = await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null));
    }

    [Fact]
    public async Task A_filled_template_proposes_its_filled_rows_at_once_audited_and_notified()
    {
        var reviewer = await Fixture.Users.ClientForAsync(_user, "en");
        var rows = await DownloadAsync(reviewer);
        Fill(rows, "Commitment value", ("LSP-02", 82.5), ("CUS-05", 9.0));

        using var response = await ExcelFiles.PostAsync(reviewer, Url, ExcelFiles.Write(rows));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, (await EvidenceApi.JsonAsync(response)).GetArrayLength());
        var saved = await Fixture.WithDbAsync(db => db.Commitments.AsNoTracking().OrderBy(c => c.IndicatorCode).Select(c => new { c.Year, c.IndicatorCode, c.Value, c.Status }).ToListAsync());
        Assert.Equal(
            [(2026, "CUS-05", 9m, CommitmentStatus.Proposed), (2026, "LSP-02", 82.5m, CommitmentStatus.Proposed)],
            saved.Select(c => (c.Year, c.IndicatorCode, c.Value, c.Status)));
        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == "commitment").Select(a => a.Action).ToListAsync());
        Assert.Equal(["import_commitment_template.create", "import_commitment_template.create"], audit);
        Assert.Equal(2, await Fixture.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.CommitmentProposed)));

        // The template downloaded again offers the proposals; sent back unchanged it changes nothing.
        var again = await DownloadAsync(reviewer);
        Assert.Equal(82.5, again.Single(r => (string?)r["Code"] == "LSP-02")["Commitment value"]);
        using var unchanged = await ExcelFiles.PostAsync(reviewer, Url, ExcelFiles.Write(again));
        Assert.Equal(0, (await EvidenceApi.JsonAsync(unchanged)).GetArrayLength());
    }

    [Fact]
    public async Task The_arabic_template_takes_arabic_digits_and_decimal_separator()
    {
        var reviewer = await Fixture.Users.ClientForAsync(_user, "ar");
        var rows = await DownloadAsync(reviewer);
        rows.Single(r => (string?)r["الرمز"] == "LSP-02")["قيمة الالتزام"] = "٧٢٫٥";

        using var response = await ExcelFiles.PostAsync(reviewer, Url, ExcelFiles.Write(rows));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(72.5m, await Fixture.WithDbAsync(db => db.Commitments.Select(c => c.Value).SingleAsync()));
    }

    [Theory]
    [InlineData("en", "Cell", "allowed range", "Enter a number")]
    [InlineData("ar", "الخلية", "المدى المسموح", "أدخل رقمًا")]
    public async Task A_bad_cell_is_named_in_the_callers_language_and_nothing_is_proposed(string language, string cell, string range, string number)
    {
        var reviewer = await Fixture.Users.ClientForAsync(_user, language);
        var rows = await DownloadAsync(reviewer);
        var (code, value) = (rows[0].Keys.First(), rows[0].Keys.Last());
        var lsp03 = rows.FindIndex(r => (string?)r[code] == "LSP-03") + 2;

        // A value the domain refuses, and a code the edition does not have: both named, by cell.
        rows.Single(r => (string?)r[code] == "LSP-02")[value] = 80.0;
        rows.Single(r => (string?)r[code] == "LSP-03")[value] = 150.0;
        rows.Add(new Dictionary<string, object?>(rows[0].Keys.Select(k => KeyValuePair.Create(k, (object?)null))) { [code] = "NOPE-01", [value] = 5.0 });
        var refused = await ProblemAsync(reviewer, rows);
        Assert.Equal("commitment.template.invalid", refused.GetProperty("code").GetString());
        Assert.Equal("commitment.value.out_of_range", refused.GetProperty("fieldCodes").GetProperty($"M{lsp03}")[0].GetString());
        var message = refused.GetProperty("errors").GetProperty($"M{lsp03}")[0].GetString()!;
        Assert.Contains($"{cell} M{lsp03}", message, StringComparison.Ordinal);
        Assert.Contains(range, message, StringComparison.Ordinal);
        Assert.Equal("indicator.not_found", refused.GetProperty("fieldCodes").GetProperty($"A{rows.Count + 1}")[0].GetString());

        // A cell that is not a number is refused before anything is proposed.
        rows.RemoveAt(rows.Count - 1);
        rows.Single(r => (string?)r[code] == "LSP-03")[value] = "eighty";
        var notNumber = await ProblemAsync(reviewer, rows);
        Assert.Equal("number.invalid", notNumber.GetProperty("fieldCodes").GetProperty($"M{lsp03}")[0].GetString());
        Assert.Contains(number, notNumber.GetProperty("errors").GetProperty($"M{lsp03}")[0].GetString(), StringComparison.Ordinal);

        // The entry template's shape (no commitment value column) is not the commitments template.
        var wrong = await ProblemAsync(reviewer, [new() { [code] = "LSP-02", ["value"] = 80.0 }]);
        Assert.Equal("commitment.template.value_missing", wrong.GetProperty("fieldCodes").GetProperty("file")[0].GetString());

        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Commitments.CountAsync()));
    }

    [Fact]
    public async Task Once_the_next_cycle_has_opened_the_import_answers_409()
    {
        var reviewer = await Fixture.Users.ClientForAsync(_user, "en");
        var rows = await DownloadAsync(reviewer);
        Fill(rows, "Commitment value", ("LSP-02", 82.5));
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2026 })).Dispose();
        using (var open = await Client.PostAsync(new Uri("/api/cycles/2026/open", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        }

        using var response = await ExcelFiles.PostAsync(reviewer, Url, ExcelFiles.Write(rows));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("commitment.locked", (await EvidenceApi.JsonAsync(response)).GetProperty("code").GetString());
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Commitments.CountAsync()));
    }

    private static async Task<List<Dictionary<string, object?>>> DownloadAsync(HttpClient client) =>
        ExcelFiles.Rows(await client.GetByteArrayAsync(new Uri($"{Url}.xlsx", UriKind.Relative)));

    private static void Fill(List<Dictionary<string, object?>> rows, string column, params (string Code, double Value)[] values)
    {
        foreach (var (code, value) in values)
        {
            rows.Single(r => (string?)r["Code"] == code)[column] = value;
        }
    }

    private static async Task<JsonElement> ProblemAsync(HttpClient client, List<Dictionary<string, object?>> rows)
    {
        using var response = await ExcelFiles.PostAsync(client, Url, ExcelFiles.Write(rows));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return await EvidenceApi.JsonAsync(response);
    }
}
