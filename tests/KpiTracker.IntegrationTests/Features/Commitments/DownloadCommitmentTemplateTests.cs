using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Commitments;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Excel;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Commitments;

[Collection(SecondDatabaseGroup.Name)]
public sealed class DownloadCommitmentTemplateTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Url = "/api/cycles/2025/commitments/OM-BS";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task The_template_holds_the_commitments_table_row_for_row_with_its_figures()
    {
        await ScoringData.OpenAsync(Fixture, 2024, shift: 2);
        await ScoringData.OpenAsync(Fixture, 2025);
        var user = await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null));
        var reviewer = await Fixture.Users.ClientForAsync(user, "en");
        using (var proposed = await reviewer.PostAsJsonAsync(Url, new { rows = new[] { new { indicator = "LSP-02", value = 81.5m } } }))
        {
            Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        }

        var sheet = (await reviewer.GetFromJsonAsync<CommitmentSheetDto>(Url, Json))!;
        using var response = await reviewer.GetAsync(new Uri($"{Url}/template.xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("commitments-2025-OM-BS.xlsx", response.Content.Headers.ContentDisposition?.FileName);
        var rows = ExcelFiles.Rows(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(sheet.Rows.Select(r => r.Indicator), rows.Select(r => (string?)r["Code"]));
        Assert.Contains(sheet.Rows, r => r.Ambition.Projection is not null);
        foreach (var (row, cells) in sheet.Rows.Zip(rows))
        {
            var a = row.Ambition;
            Assert.Equal(row.Name, cells["Indicator"]);
            Assert.Equal(Number(a.Current), Number(cells["Current value"]));
            Assert.Equal(Number(a.Projection is { } p ? Math.Round(p, 2) : null), Number(cells["Trend"]));
            Assert.Equal(Number(a.NationalMedian), Number(cells["National median"]));
            Assert.Equal(Number(a.NationalBest), Number(cells["National best"]));
            Assert.Equal(Number(a.NextBandValue), Number(cells["Value for the next band"]));
            if (a.Target is { } target)
            {
                Assert.Equal(Number(target), Number(cells["Target (T)"]));
            }
            else
            {
                Assert.Equal($"{a.TargetLow:0.######}–{a.TargetHigh:0.######}", cells["Target (T)"]);
            }
        }

        var lsp02 = rows.Single(r => (string?)r["Code"] == "LSP-02");
        Assert.Equal((81.5, "Proposed", 81.5), ((double?)lsp02["Current commitment"], (string?)lsp02["Commitment status"], (double?)lsp02["Commitment value"]));
        Assert.Equal("higher is better", lsp02["Direction of improvement"]);
        Assert.All(rows.Where(r => (string?)r["Code"] != "LSP-02"), r => Assert.Null(r["Commitment value"]));
    }

    [Fact]
    public async Task The_arabic_template_reads_right_to_left_with_arabic_headers()
    {
        await ScoringData.OpenAsync(Fixture, 2025);
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)), "ar");

        var bytes = await reviewer.GetByteArrayAsync(new Uri($"{Url}/template.xlsx", UriKind.Relative));

        Assert.Contains("rightToLeft=\"1\"", ExcelFiles.SheetXml(bytes), StringComparison.Ordinal);
        var first = ExcelFiles.Rows(bytes)[0];
        Assert.Equal("LSP-01", first["الرمز"]);
        Assert.Equal("الأعلى أفضل", first["اتجاه التحسّن"]);
        Assert.True(first.ContainsKey("قيمة الالتزام"));
    }

    private static decimal? Number(object? value) => value switch
    {
        null => null,
        double d => Math.Round((decimal)d, 6),
        decimal m => Math.Round(m, 6),
        _ => throw new InvalidOperationException($"Not a number: {value}"),
    };
}
