using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.IntegrationTests.Infrastructure;
using KpiTracker.Tests.Shared;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// The analysis and recommendation on a scored value appear on the scorecard beside the indicator (the JSON card carries every
/// one; the PDF prints those of red and amber indicators); those on a value not yet accepted do not.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class GetScorecardAnalysisTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string RedAnalysis = "Two of five service units opened in November.";
    private const string RedRecommendation = "ربط خطة التوظيف بمواعيد افتتاح الوحدات.";
    private const string GreenAnalysis = "A new booking system halved the waiting time.";

    [Fact]
    public async Task The_card_and_its_pdf_carry_the_analysis_beside_the_indicator()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year, "OM-BS"));
        var before = await CardAsync();
        var red = before.Indicators.First(i => i.Light == "red");
        var green = before.Indicators.First(i => i.Light == "green");
        var pending = before.Indicators.First(i => i.Code != red.Code && i.Code != green.Code && i.Status == Domain.Scoring.IndicatorStatus.Value);
        await Fixture.ExecuteAsOwnerAsync($"""
            UPDATE revisions r SET analysis = v.analysis, recommendation = v.recommendation
            FROM submissions s, (VALUES ('{red.Code}', '{RedAnalysis}', '{RedRecommendation}'), ('{green.Code}', '{GreenAnalysis}', NULL), ('{pending.Code}', 'Not reviewed yet.', NULL))
                AS v(code, analysis, recommendation)
            WHERE r.submission_id = s.id AND s.cycle_id = '{data.CycleId}' AND s.org_unit_code = 'OM-BS' AND s.indicator_code = v.code;
            UPDATE submissions SET state = 'submitted' WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code = '{pending.Code}';
            """);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year, "OM-BS"));

        var card = await CardAsync();
        Assert.Equal(
            new[] { new IndicatorAnalysisDto(red.Code, RedAnalysis, RedRecommendation), new IndicatorAnalysisDto(green.Code, GreenAnalysis, null) }.OrderBy(a => a.Code, StringComparer.Ordinal),
            card.Analyses);

        foreach (var (lang, title) in new[] { ("ar", "التحليل والتوصيات"), ("en", "Analysis and recommendations") })
        {
            using var response = await Client.GetAsync(new Uri($"/api/cycles/2025/scorecards/OM-BS/pdf?lang={lang}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var pdf = PdfTools.Save(await response.Content.ReadAsByteArrayAsync(), $"analysis-{lang}");
            Assert.InRange(PdfTools.PageCount(pdf), 1, 4);
            var text = PdfTools.Normalize(PdfTools.ExtractText(pdf));
            Assert.Contains(PdfTools.Normalize(title), text, StringComparison.Ordinal);
            Assert.Contains(PdfTools.Normalize(RedAnalysis), text, StringComparison.Ordinal);
            Assert.Contains(PdfTools.Normalize(RedRecommendation), text, StringComparison.Ordinal);
            Assert.DoesNotContain(PdfTools.Normalize(GreenAnalysis), text, StringComparison.Ordinal);
        }
    }

    private async Task<ScorecardDto> CardAsync() =>
        (await Client.GetFromJsonAsync<ScorecardDto>(new Uri("/api/cycles/2025/scorecards/OM-BS", UriKind.Relative)))!;
}
