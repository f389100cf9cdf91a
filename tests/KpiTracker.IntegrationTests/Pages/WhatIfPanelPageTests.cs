using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Frameworks;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Pages;

/// <summary>The what-if panel's summary and suggested plan, as server-rendered HTML, against the next-band query the API answers with.</summary>
public sealed class WhatIfPanelPageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_plan_and_the_compute_button_come_before_the_table_and_the_plans_link_computes_the_band_it_names()
    {
        // Every entered indicator of OM-BS at a score of 80: Advanced, 10 points short of Leading, a plan of several values.
        var data = await ScoringData.OpenAsync(Fixture);
        var edition = await Fixture.WithDbAsync(db => EditionModel.LoadAsync(db, data.EditionId, CancellationToken.None));
        await WhatIfData.SetValuesAsync(Fixture, data, "OM-BS", edition.Indicators.Where(i => i.Source != SourceType.Platform)
            .Select(i => (i.Code, "accepted", (decimal?)WhatIfData.ValueScoring(i, 80m))));
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        using var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));
        var path = $"/cycles/{data.Year}/scorecards/OM-BS";
        var plan = (await reviewer.GetFromJsonAsync<NextBandDto>(new Uri($"/api{path}/what-if", UriKind.Relative)))!;

        var html = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri(path, UriKind.Relative)));

        Assert.Contains($"<dd id=\"what-if-index\">{S(plan.Overall)}</dd>", html, StringComparison.Ordinal);
        var table = html.IndexOf("id=\"next-band\"", StringComparison.Ordinal);
        Assert.InRange(html.IndexOf("id=\"what-if-summary\"", StringComparison.Ordinal), 0, table);
        Assert.InRange(html.IndexOf("id=\"what-if-compute\"", StringComparison.Ordinal), 0, table);
        Assert.True(plan.Plan.Steps.Count > 1, $"{plan.Plan.Steps.Count} steps");
        Assert.Contains($"<dd id=\"what-if-gap\">{S(plan.Gap)} نقطة</dd>", html, StringComparison.Ordinal);
        Assert.InRange(html.IndexOf("id=\"what-if-plan\"", StringComparison.Ordinal), 0, table);
        var rows = Regex.Matches(html, "<tr data-indicator=\"([^\"]+)\" data-value=\"([^\"]+)\">").Select(m => (m.Groups[1].Value, m.Groups[2].Value));
        Assert.Equal(plan.Plan.Steps.Select(s => (s.Code, s.ValueToEnter.ToString(CultureInfo.InvariantCulture))), rows);
        var href = Regex.Match(html, "id=\"what-if-plan-run\" href=\"([^\"]+)\"").Groups[1].Value;
        Assert.StartsWith(path + "?", href, StringComparison.Ordinal);
        Assert.EndsWith("&compute=1#what-if", href, StringComparison.Ordinal);

        var computed = WebUtility.HtmlDecode(await reviewer.GetStringAsync(new Uri(href.Split('#')[0], UriKind.Relative)));

        Assert.Contains($"<dd id=\"what-if-band\" data-reached=\"{plan.Plan.Band}\">", computed, StringComparison.Ordinal);
        Assert.Matches($"(?s)id=\"what-if-overall\" class=\"big\">.*?class=\"to\">{Regex.Escape(S(plan.Plan.Overall))}</bdi>", computed);
        Assert.Equal(plan.Plan.Steps.Count, Regex.Count(computed, "<tr data-indicator=\"[^\"]+\">(?:(?!</tr>).)*?class=\"change\"", RegexOptions.Singleline));
    }

    private static string S(decimal? value) => NumberText.Score(value);
}
