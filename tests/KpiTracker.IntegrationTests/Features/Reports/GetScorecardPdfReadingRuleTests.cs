using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using KpiTracker.Tests.Shared;

namespace KpiTracker.IntegrationTests.Features.Reports;

/// <summary>
/// docs/RESULTS.md on both PDFs from real runs: a provisional scorecard with 10 values left (coverage below 2/3) and an indicator
/// that had no value the year before.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class GetScorecardPdfReadingRuleTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Revived = "CUS-01";

    [Fact]
    public async Task A_provisional_scorecard_below_two_thirds_is_marked_on_every_page_and_reads_as_the_rule_says()
    {
        // 2024, closed: CUS-01 of North Al Batinah never accepted, so the final run scores it 0 without a value.
        var before = await ScoringData.OpenAsync(Fixture, 2024);
        await Fixture.ExecuteAsOwnerAsync($"UPDATE submissions SET state = 'draft' WHERE cycle_id = '{before.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code = '{Revived}';");
        await before.CloseAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(2024));

        // 2025, open: only ten of North Al Batinah's values accepted (CUS-01 among them).
        var data = await ScoringData.OpenAsync(Fixture, 2025);
        await Fixture.ExecuteAsOwnerAsync($"""
            UPDATE submissions SET state = 'draft' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code <> '{Revived}'
              AND indicator_code IN (SELECT indicator_code FROM submissions WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS'
                                     AND state = 'accepted' AND indicator_code <> '{Revived}' ORDER BY indicator_code OFFSET 9);
            """);
        await Fixture.SendAsync(new ScoreCycleCommand(2025));
        var card = (await Client.GetFromJsonAsync<ScorecardDto>(new Uri("/api/cycles/2025/scorecards/OM-BS", UriKind.Relative)))!;
        Assert.Contains("insufficient_data", card.Flags);
        Assert.Equal(10, card.ValueCount);
        // DOMAIN §4's Δ counts last year's missing value as its final score of 0; what people read is that there was no value.
        var revived = card.Indicators.Single(i => i.Code == Revived);
        Assert.Equal(IndicatorStatus.Missing, revived.PreviousStatus);
        Assert.Equal(revived.Score, revived.Delta);
        Assert.True(revived.NoValueLastYear);
        Assert.Null(revived.ChangeBetweenValues);

        foreach (var lang in new[] { "ar", "en" })
        {
            var ar = lang == "ar";
            var pdf = await DownloadAsync($"/api/cycles/2025/scorecards/OM-BS/pdf?lang={lang}", $"card-{lang}");
            var pages = PdfTools.PageCount(pdf);
            Assert.InRange(pages, 1, 4);
            for (var page = 1; page <= pages; page++)
            {
                Assert.Contains(PdfTools.Normalize(ar ? "نتائج مؤقتة" : "Provisional results"), PdfTools.Normalize(PdfTools.ExtractText(pdf, page)), StringComparison.Ordinal);
            }

            var text = PdfTools.Normalize(PdfTools.ExtractText(pdf));
            Assert.Contains(PdfTools.Normalize(ar ? "غير محدد" : "Not established"), text, StringComparison.Ordinal);
            Assert.Contains(PdfTools.Normalize(ar ? "لا قيمة في العام السابق" : "no value last year"), text, StringComparison.Ordinal);
            Assert.DoesNotContain(PdfTools.Normalize(ar ? $"{card.Rank} من 11" : $"{card.Rank} of 11"), text, StringComparison.Ordinal);
            // 25 missing indicators share one note: its text is printed once.
            var note = PdfTools.Normalize(ar ? "لا توجد قيمة معتمدة بعد" : "No accepted value yet");
            Assert.Equal(text.Length - note.Length, text.Replace(note, string.Empty, StringComparison.Ordinal).Length);

            var comparison = await DownloadAsync($"/api/cycles/2025/comparison/pdf?lang={lang}", $"comparison-{lang}");
            for (var page = 1; page <= PdfTools.PageCount(comparison); page++)
            {
                Assert.Contains(PdfTools.Normalize(ar ? "نتائج مؤقتة" : "Provisional results"), PdfTools.Normalize(PdfTools.ExtractText(comparison, page)), StringComparison.Ordinal);
            }

            Assert.Contains(PdfTools.Normalize(ar ? "غير محدد" : "Not established"), PdfTools.Normalize(PdfTools.ExtractText(comparison, 1)), StringComparison.Ordinal);
        }
    }

    private async Task<string> DownloadAsync(string path, string name)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var file = Path.Combine(Path.GetTempPath(), $"kpi-rule-{name}-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync());
        return file;
    }
}
