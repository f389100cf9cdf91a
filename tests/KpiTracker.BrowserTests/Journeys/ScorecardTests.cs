using System.Globalization;
using KpiTracker.Application.Features.Scoring.GetComparison;
using KpiTracker.Application.Features.Scoring.GetScorecard;
using KpiTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// A viewer's scorecard in both languages, on a desktop and at 390 px (one signed-in context): docs/RESULTS.md's rule (a
/// provisional banner on an open cycle's card and none on a closed one; below 2/3 coverage a grey "not established" band and rank,
/// never a band colour); the narrative heads the card, stating only coverage and data quality below 2/3; the switchers lead to
/// another card; a reviewer of one governorate gets no governorate switcher.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class ScorecardTests(BrowserFixture fixture)
{
    private const int OpenYear = DemoItems.OpenYear;
    private const int ClosedYear = OpenYear - 1;

    /// <summary>The grey of a band that is not established (work.css <c>.sc-band-none</c>).</summary>
    private const string NotEstablishedGrey = "rgb(236, 239, 243)";

    [Fact]
    public async Task The_card_marks_provisional_results_greys_a_band_not_established_and_switches_to_another_card()
    {
        // A governorate below 2/3 coverage in the open cycle, and one governorate's closed card with its established band.
        var league = (await fixture.SendAsync(new GetComparisonQuery(OpenYear))).Value.League;
        var thin = league.FirstOrDefault(l => l.InsufficientData)?.Governorate;
        Assert.True(thin is not null, "The demo's open cycle should have a governorate below 2/3 coverage.");
        var open = (await fixture.SendAsync(new GetScorecardQuery(OpenYear, thin))).Value;
        var closed = (await fixture.SendAsync(new GetScorecardQuery(ClosedYear, thin))).Value;
        Assert.DoesNotContain("insufficient_data", closed.Flags);
        Assert.NotNull(closed.Band);

        var page = await fixture.SignInAsync("viewer");
        foreach (var language in new[] { "ar", "en" })
        {
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c%3D{language}%7Cuic%3D{language}", Url = fixture.BaseUrl }]);
            foreach (var width in new[] { 1280, 390 })
            {
                await page.SetViewportSizeAsync(width, 900);
                await page.GotoAsync($"/cycles/{OpenYear}/scorecards/{thin}");
                await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
                await Expect(page.Locator("#provisional-banner")).ToBeVisibleAsync();
                await Expect(page.Locator("#band")).ToHaveAttributeAsync("data-band", "not_established");
                await Expect(page.Locator("#rank")).ToHaveAttributeAsync("data-rank", "not_established");
                Assert.Equal(NotEstablishedGrey, await BackgroundAsync(page, "#band"));
                // The engine's band is still on the wire (docs/RESULTS.md) but never coloured on the card.
                Assert.DoesNotContain("sc-band-" + open.Band, await page.Locator("#band").GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
                await Expect(page.Locator("#not-established")).ToBeVisibleAsync();
                // Below 2/3 coverage the narrative states the coverage and data quality only (docs/IMPROVEMENT.md).
                await Expect(page.Locator("#narrative li[data-topic=coverage]")).ToBeVisibleAsync();
                await Expect(page.Locator("#narrative li[data-topic=overall]")).ToHaveCountAsync(0);
                await AssertFitsAsync(page);
                await page.ScanAsync(fixture, "scorecard-viewer");

                await page.GotoAsync($"/cycles/{ClosedYear}/scorecards/{thin}");
                await Expect(page.Locator("#scores")).ToBeVisibleAsync();
                await Expect(page.Locator("#provisional-banner")).ToHaveCountAsync(0);
                await Expect(page.Locator("#band")).ToHaveAttributeAsync("data-band", closed.Band!);
                await Expect(page.Locator("#rank")).ToHaveAttributeAsync("data-rank", closed.Rank!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
                Assert.NotEqual(NotEstablishedGrey, await BackgroundAsync(page, "#band"));
                await AssertNarrativeAsync(page, language, ClosedYear, thin);
                await AssertFitsAsync(page);
                await page.AssertAccessibleAsync();
            }
        }

        // The switchers: another year and another governorate, by the form, land on that card.
        var other = league.First(l => l.Governorate != thin).Governorate;
        await page.SelectOptionAsync("#switch-year", ClosedYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#switch-governorate", other);
        await page.ClickAsync("#switch-show");
        await Expect(page).ToHaveURLAsync($"{fixture.BaseUrl}/cycles/{ClosedYear}/scorecards/{other}");
        await Expect(page.Locator("#unit-code")).ToHaveTextAsync(other);
        await Expect(page.Locator("#switch-governorate option")).ToHaveCountAsync(league.Count);

        var reviewer = await fixture.SignInAsync("reviewer.bs");
        await reviewer.GotoAsync($"/cycles/{OpenYear}/scorecards/OM-BS");
        await Expect(reviewer.Locator("#switch-year")).ToBeVisibleAsync();
        await Expect(reviewer.Locator("#switch-governorate")).ToHaveCountAsync(0);
        fixture.AssertNoServerFailures();
    }

    /// <summary>The narrative heads the card in the page's language, as the API writes it, and its codes lead to their rows.</summary>
    private async Task AssertNarrativeAsync(IPage page, string language, int year, string governorate)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        var narrative = (await fixture.SendAsync(new GetScorecardQuery(year, governorate))).Value.Narrative!;
        CultureInfo.CurrentUICulture = before;
        await Expect(page.Locator("#narrative li[data-topic=overall]")).ToHaveTextAsync(narrative.Sentences[0].Text);
        var link = page.Locator("#narrative a[href*='#criterion-']").First;
        var target = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        await Expect(page).ToHaveURLAsync($"{fixture.BaseUrl}{target}");
        await Expect(page.Locator(target[target.IndexOf('#', StringComparison.Ordinal)..])).ToBeInViewportAsync();
    }

    private static Task<string> BackgroundAsync(IPage page, string selector) =>
        page.Locator(selector).EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");

    private static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 1, $"{page.Url} scrolls sideways by {overflow} px at {page.ViewportSize?.Width} px wide");
    }
}
