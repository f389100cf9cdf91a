using KpiTracker.Application.Features.Frameworks.CloneEdition;
using KpiTracker.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// Every main page, in Arabic and English, on a desktop and at 320 px (owners and reviewers with the framework-edition pages;
/// then sign-in, the central team's, the administrator's and the auditor's pages, change password and the refusal page): an accessibility scan, no sideways scrolling on a phone, and a screenshot of each as an artifact.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class MainPagesTests(BrowserFixture fixture)
{
    [Theory]
    [InlineData("ar", 1280)]
    [InlineData("en", 1280)]
    [InlineData("ar", 320)]
    [InlineData("en", 320)]
    public async Task Owner_and_reviewer_pages_pass_the_scan_and_fit_the_screen(string language, int width)
    {
        var ownerItem = (await DemoItems.PlainDraftsAsync(fixture, "OM-BS")).First();
        var owner = await SignInAsync(DemoItems.OwnerOf("OM-BS", ownerItem.Indicator), language, width);
        await VisitAsync(owner, "/", "home-owner", "#entry-points");
        await VisitAsync(owner, "/my", "my-indicators", "#my-items");
        await VisitAsync(owner, $"/cycles/2025/submissions/OM-BS/{ownerItem.Indicator}", "entry-form", "#entry-form");
        await VisitAsync(owner, "/notifications", "notifications", "h1");
        await VisitAsync(owner, "/framework", "framework", "h1");

        var reviewer = await SignInAsync("reviewer.bs", language, width);
        await VisitAsync(reviewer, "/", "home-reviewer", "#entry-points");
        await VisitAsync(reviewer, "/review", "review-queue", "#queue");
        var submitted = reviewer.Locator("#queue tr[data-state='submitted'] th a").First;
        await submitted.ClickAsync();
        await Expect(reviewer.Locator("#decision-form")).ToBeVisibleAsync();
        await CheckAsync(reviewer, "review-item");
        await VisitAsync(reviewer, "/cycles/2025/scorecards/OM-BS", "scorecard", "#scores");
        await VisitAsync(reviewer, "/cycles/2025/scorecards/OM-BS?CUS-01=95&LSP-01=50&compute=1", "scorecard-what-if", "#what-if-result");
        await reviewer.Locator("details.explain summary").First.ClickAsync();
        await Expect(reviewer.Locator("details.explain[open] p").First).ToBeVisibleAsync();
        await CheckAsync(reviewer, "scorecard-contribution");
        await VisitAsync(reviewer, "/cycles/2025/governorates/OM-BS/progress", "progress", "#states");
        await VisitAsync(reviewer, "/cycles/2025/submissions/OM-MA/LSP-01", "not-found", "h1");

        // The framework editions: the list with its clone forms, a draft's editor with an indicator of each kind open, and the
        // editor's answer for a published edition. Each case has its own draft, so the cases share nothing.
        var draft = $"SCAN-{language}-{width}".ToUpperInvariant();
        var cloned = await fixture.SendAsync(new CloneEditionCommand("IIS-2024", draft, null, null));
        Assert.True(cloned.IsSuccess || cloned.Error!.Fields.Any(f => f.Code == "edition.code.exists"));
        var central = await SignInAsync("central1", language, width);
        await VisitAsync(central, "/frameworks", "editions", "#editions");
        await central.GotoAsync($"/frameworks/{draft}/edit");
        await central.EvaluateAsync("() => ['ind-LSP-04', 'ind-PAO-05'].forEach(id => document.getElementById(id).open = true)");
        await Expect(central.Locator("#ind-PAO-05-lowerZero")).ToBeVisibleAsync();
        await CheckAsync(central, "edition-editor");
        await VisitAsync(central, "/frameworks/IIS-2024/edit", "edition-published", "#published");
    }

    [Theory]
    [InlineData("ar", 1280)]
    [InlineData("en", 1280)]
    [InlineData("ar", 320)]
    [InlineData("en", 320)]
    public async Task Central_administrator_auditor_and_account_pages_pass_the_scan_and_fit_the_screen(string language, int width)
    {
        // Before signing in: the sign-in page.
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl, ViewportSize = new ViewportSize { Width = width, Height = 900 } });
        await using (context)
        {
            await context.AddCookiesAsync([LanguageCookie(language)]);
            var anonymous = await context.NewPageAsync();
            await VisitAsync(anonymous, "/account/sign-in", "sign-in", "#password");
        }

        var central = await SignInAsync("central1", language, width);
        await VisitAsync(central, "/", "home-central", "#entry-points");
        await VisitAsync(central, "/cycles", "cycles", "#cycles");
        await VisitAsync(central, "/cycles/2025/progress", "cycle-progress", "#progress");
        await VisitAsync(central, "/cycles/2025/verify", "verify", "#filter");
        await VisitAsync(central, "/cycles/2025/reports", "report-batches", "#start-batch");
        await VisitAsync(central, "/account/password", "change-password", "#new");

        var admin = await SignInAsync("admin", language, width);
        await VisitAsync(admin, "/", "home-admin", "#entry-points");
        await VisitAsync(admin, "/admin/users", "users", "#users-count");
        await VisitAsync(admin, "/admin/users/new", "new-user", "#password");
        await VisitAsync(admin, "/admin/users/reviewer.bs", "user-details", "#profile-name");

        var auditor = await SignInAsync("auditor", language, width);
        await VisitAsync(auditor, "/", "home-auditor", "#entry-points");
        await VisitAsync(auditor, "/audit", "audit", "#chain-status");

        // A page the role may not see: the friendly refusal, answered with 403.
        var refused = await auditor.GotoAsync("/cycles");
        Assert.Equal(403, refused!.Status);
        await Expect(auditor.Locator("#page-error")).ToBeVisibleAsync();
        await CheckAsync(auditor, "forbidden");
    }

    private async Task<IPage> SignInAsync(string user, string language, int width)
    {
        var page = await fixture.SignInAsync(user, width);
        if (language == "en")
        {
            await page.Context.AddCookiesAsync([LanguageCookie(language)]);
        }

        return page;
    }

    private Cookie LanguageCookie(string language) =>
        new() { Name = ".AspNetCore.Culture", Value = $"c%3D{language}%7Cuic%3D{language}", Url = fixture.BaseUrl };

    private async Task VisitAsync(IPage page, string url, string name, string ready)
    {
        await page.GotoAsync(url);
        fixture.AssertNoServerFailures();
        await Expect(page.Locator(ready).First).ToBeVisibleAsync();
        await CheckAsync(page, name);
    }

    private async Task CheckAsync(IPage page, string name)
    {
        var language = await page.GetAttributeAsync("html", "lang");
        Assert.Equal(language == "ar" ? "rtl" : "ltr", await page.GetAttributeAsync("html", "dir"));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 1)
        {
            // Name the elements that stick out, so a failure says what to fix.
            var wide = await page.EvaluateAsync<string>("""
                () => [...document.querySelectorAll('body *')]
                    .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > document.documentElement.clientWidth + 1 || r.left < -1); })
                    .slice(-8).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().width)).join(', ')
                """);
            Assert.Fail($"{page.Url} scrolls sideways by {overflow} px at {page.ViewportSize?.Width} px wide: {wide}");
        }
        await page.ScanAsync(fixture, name);
    }
}
