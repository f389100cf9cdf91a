using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Users;
using KpiTracker.Application.Features.Users.CreateUser;
using KpiTracker.BrowserTests.Infrastructure;
using KpiTracker.Domain.Frameworks;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// Analysis on a red value (DOMAIN section 8), in Musandam: the owner, in Arabic, types a value with a red light and is told
/// beside the value, as it is typed, that an analysis is needed; submitting without one is refused beside the analysis field;
/// with one it is submitted. The reviewer, in English, accepts it with a recommendation, the scorecard shows both, and the owner
/// reads the recommendation on the item.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class AnalysisJourneyTests(BrowserFixture fixture)
{
    private const string Governorate = "OM-MU";
    private const string Analysis = "تأخر افتتاح وحدتين للخدمة حتى نوفمبر لنقص الكوادر.";
    private const string Recommendation = "Tie the hiring plan to the units' opening dates.";

    [Fact]
    public async Task The_owner_writes_an_analysis_for_a_red_value_and_the_scorecard_shows_it_with_the_recommendation()
    {
        var item = (await DemoItems.PlainDraftsAsync(fixture, Governorate))
            .First(d => d is { Unit: IndicatorUnit.Percent, Lower: not null, Target: not null, EvidenceRequired: false });
        // The lower bound scores 0: red, and within the allowed range.
        var red = item.Lower!.Value;
        await CreateAsync("owner.analysis.mu", new AssignmentRequest("indicator_owner", Governorate, item.Indicator));
        await CreateAsync("reviewer.analysis.mu", new AssignmentRequest("governorate_reviewer", Governorate, null));

        var owner = await fixture.SignInAsync("owner.analysis.mu");
        await OpenItemAsync(owner, item.Indicator);
        await owner.Locator("#field-value").PressSequentiallyAsync(DemoItems.Invariant(red));
        await Expect(owner.Locator("#field-value-error li[data-code='analysis.required_red']"))
            .ToHaveTextAsync(Messages.In(Arabic, "analysis.required_red", "0"));
        await owner.ClickAsync("#submit");
        await Expect(owner.Locator("#field-analysis-error li")).ToHaveAttributeAsync("data-code", "analysis.required_red");
        await Expect(owner.Locator("#state")).ToHaveAttributeAsync("data-state", "draft");
        if (await owner.Locator("#field-justification").CountAsync() > 0)
        {
            await owner.FillAsync("#field-justification", "تغيّرت منهجية القياس هذا العام.");
        }

        await owner.FillAsync("#field-analysis", Analysis);
        await owner.ClickAsync("#submit");
        await Expect(owner.Locator("#notice")).ToBeVisibleAsync();
        await Expect(owner.Locator("#state")).ToHaveAttributeAsync("data-state", "submitted");

        var reviewer = await fixture.SignInAsync("reviewer.analysis.mu");
        await reviewer.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c=en|uic=en", Url = fixture.BaseUrl }]);
        await OpenItemAsync(reviewer, item.Indicator);
        await Expect(reviewer.Locator("#owner-analysis")).ToHaveTextAsync(Analysis);
        await reviewer.CheckAsync("#decision-accept");
        await reviewer.FillAsync("#recommendation-input", Recommendation);
        await reviewer.ClickAsync("#decide");
        await Expect(reviewer.Locator("#state")).ToHaveAttributeAsync("data-state", "accepted");

        // The scorecard reads the analyses live; the light comes with the next run, which the host's worker writes.
        await reviewer.GotoAsync($"/cycles/{DemoItems.OpenYear}/scorecards/{Governorate}");
        var entry = reviewer.Locator($"#analysis-{item.Indicator}");
        await Expect(entry.Locator(".analysis-text")).ToHaveTextAsync(Analysis);
        await Expect(entry.Locator(".recommendation-text")).ToHaveTextAsync(Recommendation);
        await Expect(reviewer.Locator("#analyses-title")).ToHaveTextAsync("Analysis and recommendations");

        // The owner reads the recommendation on the item, in Arabic.
        await owner.ReloadAsync();
        await Expect(owner.Locator("#recommendation-title")).ToHaveTextAsync("توصية مراجع المحافظة");
        await Expect(owner.Locator("#owner-sees-recommendation")).ToHaveTextAsync(Recommendation);
        fixture.AssertNoServerFailures();
    }

    private static readonly System.Globalization.CultureInfo Arabic = System.Globalization.CultureInfo.GetCultureInfo("ar");

    private async Task CreateAsync(string userName, params AssignmentRequest[] assignments)
    {
        var created = await fixture.SendAsync(new CreateUserCommand(userName, userName, null, BrowserAppFactory.DemoPassword, [.. assignments]));
        Assert.True(created.IsSuccess, created.Error?.Message);
    }

    private async Task OpenItemAsync(IPage page, string indicator)
    {
        await page.GotoAsync($"/cycles/{DemoItems.OpenYear}/submissions/{Governorate}/{indicator}");
        fixture.AssertNoServerFailures();
        await Expect(page.Locator("h1")).ToContainTextAsync(indicator);
    }
}
