using KpiTracker.Application.Features.Users;
using KpiTracker.Application.Features.Users.CreateUser;
using KpiTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// What needs me first: an owner's item returned through the real pages is counted on the owner's home page and listed first
/// in "My indicators" (before an earlier draft), and the reviewer's queue opens on the submitted items only; in Arabic and
/// English, at 1280 and 390 px, axe clean on every page.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class NeedsMeFirstTests(BrowserFixture fixture)
{
    // Away from the governorates the other journeys change; the owner and reviewer are made for the test.
    private const string Governorate = "OM-ZA";

    [Fact]
    public async Task A_returned_item_is_counted_and_first_and_the_reviewers_queue_opens_on_submitted_items()
    {
        var drafts = (await DemoItems.PlainDraftsAsync(fixture, Governorate)).Where(d => !d.EvidenceRequired).ToList();
        var (earlier, returned) = (drafts[0], drafts[^1]);
        await CreateAsync("owner.needs.za", new AssignmentRequest("indicator_owner", Governorate, earlier.Indicator), new AssignmentRequest("indicator_owner", Governorate, returned.Indicator));
        await CreateAsync("reviewer.needs.za", new AssignmentRequest("governorate_reviewer", Governorate, null));
        var owner = await fixture.SignInAsync("owner.needs.za");
        var reviewer = await fixture.SignInAsync("reviewer.needs.za");

        await OpenItemAsync(owner, returned.Indicator);
        await owner.FillAsync("#field-value", DemoItems.Invariant(DemoItems.Plain(returned)));
        await owner.FillAsync("#field-analysis", "تأثرت القيمة بتأخر تنفيذ بعض الأنشطة.");
        await owner.ClickAsync("#submit");
        await ExpectStateAsync(owner, "submitted");
        await OpenItemAsync(reviewer, returned.Indicator);
        await reviewer.CheckAsync("#decision-return");
        await reviewer.SelectOptionAsync("#return-reason-code", "evidence_missing");
        await reviewer.FillAsync("#return-text-input", "أرفق محضر الاجتماع.");
        await reviewer.ClickAsync("#decide");
        await ExpectStateAsync(reviewer, "returned");

        foreach (var language in new[] { "ar", "en" })
        {
            await SetLanguageAsync(owner, language);
            await SetLanguageAsync(reviewer, language);
            foreach (var width in new[] { 1280, 390 })
            {
                await owner.SetViewportSizeAsync(width, 844);
                await reviewer.SetViewportSizeAsync(width, 844);

                await owner.GotoAsync("/");
                await Expect(owner.Locator("#waits-returned")).ToHaveAttributeAsync("data-count", "1");
                await Expect(owner.Locator("#waits-to-submit")).ToHaveAttributeAsync("data-count", "1");
                await Expect(owner.Locator("#timeline-today")).ToBeVisibleAsync();
                await owner.AssertAccessibleAsync();

                await owner.ClickAsync("#waits-returned a");
                var rows = owner.Locator("#my-items tbody tr");
                await Expect(rows).ToHaveCountAsync(2);
                await Expect(rows.First).ToHaveAttributeAsync("data-indicator", returned.Indicator);
                await Expect(rows.First).ToHaveAttributeAsync("data-state", "returned");
                await Expect(rows.Nth(1)).ToHaveAttributeAsync("data-indicator", earlier.Indicator);
                await owner.AssertAccessibleAsync();

                await reviewer.GotoAsync("/review");
                await Expect(reviewer.Locator("#tab-waiting")).ToHaveAttributeAsync("aria-current", "page");
                await Expect(reviewer.Locator("#filter-state")).ToHaveValueAsync("submitted");
                var states = await reviewer.Locator("#queue tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.state)");
                Assert.NotEmpty(states);
                Assert.All(states, state => Assert.Equal("submitted", state));
                await reviewer.AssertAccessibleAsync();
                // Every item is one click away, the returned one among them.
                await reviewer.ClickAsync("#tab-all");
                await Expect(reviewer.Locator($"#queue tr[data-indicator='{returned.Indicator}']")).ToHaveAttributeAsync("data-state", "returned");
            }
        }

        await owner.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(fixture.ArtifactsPath, "needs-me-my.en.390.png"), FullPage = true });
        fixture.AssertNoServerFailures();
    }

    private async Task CreateAsync(string userName, params AssignmentRequest[] assignments)
    {
        var created = await fixture.SendAsync(new CreateUserCommand(userName, userName, null, BrowserAppFactory.DemoPassword, [.. assignments]));
        Assert.True(created.IsSuccess, created.Error?.Message);
    }

    private static async Task SetLanguageAsync(IPage page, string language) =>
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = page.Url }]);

    private async Task OpenItemAsync(IPage page, string indicator)
    {
        await page.GotoAsync($"/cycles/{DemoItems.OpenYear}/submissions/{Governorate}/{indicator}");
        fixture.AssertNoServerFailures();
        await Expect(page.Locator("h1")).ToContainTextAsync(indicator);
    }

    private async Task ExpectStateAsync(IPage page, string state)
    {
        await Expect(page.Locator("#notice")).ToBeVisibleAsync();
        fixture.AssertNoServerFailures();
        await Expect(page.Locator("#state")).ToHaveAttributeAsync("data-state", state);
    }
}
