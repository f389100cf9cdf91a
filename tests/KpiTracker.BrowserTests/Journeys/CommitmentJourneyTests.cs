using KpiTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// Commitments in both languages: the OM-BS reviewer proposes two in one form (in Arabic, from the scorecard's link), then the
/// central team (in English) approves one and returns the other with a reason, and the reviewer sees the reason in the table.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class CommitmentJourneyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Reviewer_proposes_in_bulk_and_the_central_team_approves_one_and_returns_another()
    {
        var reviewer = await fixture.SignInAsync("reviewer.bs");
        await reviewer.GotoAsync("/cycles/2025/scorecards/OM-BS");
        await reviewer.ClickAsync("#commitments-link");
        await Expect(reviewer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/cycles/2025/commitments/OM-BS$"));
        // On an "up" indicator with a value this year, a value below it is flagged unambitious as it is typed (in Arabic digits
        // too), and the flag goes when the value is cleared (an empty value proposes nothing).
        var probe = reviewer.Locator("input.commitment-input[data-direction=up]:not([data-current=''])").First;
        var current = decimal.Parse((await probe.GetAttributeAsync("data-current"))!, System.Globalization.CultureInfo.InvariantCulture);
        var unambitious = reviewer.Locator($"#{await probe.GetAttributeAsync("id")}-flags .flag-unambitious");
        await probe.FillAsync(Arabic((current - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await Expect(unambitious).ToBeVisibleAsync();
        await Expect(unambitious).ToHaveTextAsync("غير طموح");
        await probe.FillAsync("");
        await Expect(unambitious).ToBeHiddenAsync();
        await reviewer.FillAsync("#value-LSP-03", "٧٥");
        await reviewer.FillAsync("#value-LSP-04", "70");
        await reviewer.ClickAsync("#propose");
        await Expect(reviewer.Locator("#notice")).ToBeVisibleAsync();
        await Expect(reviewer.Locator("tr[data-indicator=LSP-03]")).ToHaveAttributeAsync("data-status", "proposed");
        await Expect(reviewer.Locator("tr[data-indicator=LSP-04]")).ToHaveAttributeAsync("data-status", "proposed");
        await reviewer.ScanAsync(fixture, "commitments-proposed");

        var central = await fixture.SignInAsync("central1");
        await central.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = "c%3Den%7Cuic%3Den", Url = fixture.BaseUrl }]);
        await central.GotoAsync("/commitments");
        await central.SelectOptionAsync("#f-gov", "OM-BS");
        await central.SelectOptionAsync("#f-status", "proposed");
        await central.ClickAsync("#apply-filters");
        await central.ClickAsync("#approve-OM-BS-LSP-03");
        await Expect(central.Locator("#notice")).ToContainTextAsync("LSP-03");
        await central.FillAsync("#decide-OM-BS-LSP-04-reason", "Below the trend: commit at least to 72.");
        await central.ClickAsync("#return-OM-BS-LSP-04");
        await Expect(central.Locator("#notice")).ToContainTextAsync("LSP-04");
        await central.GotoAsync("/cycles/2025/commitments?gov=OM-BS");
        await Expect(central.Locator("tr[data-key=OM-BS-LSP-03]")).ToHaveAttributeAsync("data-status", "approved");
        await Expect(central.Locator("tr[data-key=OM-BS-LSP-04]")).ToHaveAttributeAsync("data-status", "returned");
        await central.ScanAsync(fixture, "commitments-central");

        await reviewer.ReloadAsync();
        await Expect(reviewer.Locator("tr[data-indicator=LSP-04] .return-reason")).ToContainTextAsync("Below the trend");
        fixture.AssertNoServerFailures();
    }

    private static string Arabic(string latin) =>
        string.Concat(latin.Select(c => char.IsAsciiDigit(c) ? (char)('\u0660' + (c - '0')) : c == '.' ? '\u066B' : c));
}
