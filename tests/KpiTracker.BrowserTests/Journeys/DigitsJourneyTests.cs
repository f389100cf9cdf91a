using System.Text.RegularExpressions;
using KpiTracker.Application.Features.Users;
using KpiTracker.Application.Features.Users.CreateUser;
using KpiTracker.BrowserTests.Infrastructure;
using KpiTracker.Domain.Frameworks;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// docs/NUMBERS.md in Arabic, on Dhofar (OM-ZU), which no other browser test touches: Latin digits with a point by default; a
/// user who chooses Arabic-Indic digits on the account page reads them on the scorecard and the entry form, and a value typed
/// in them is saved and read back.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class DigitsJourneyTests(BrowserFixture fixture)
{
    private const string Governorate = "OM-ZU";
    private const string Scorecard = "/cycles/2024/scorecards/" + Governorate;

    [Fact]
    public async Task A_user_who_chooses_arabic_indic_digits_reads_and_types_them_and_others_keep_latin_with_a_point()
    {
        var item = (await DemoItems.PlainDraftsAsync(fixture, Governorate)).First(i => i.Unit == IndicatorUnit.Percent);
        const string user = "owner.digits.zu";
        var created = await fixture.SendAsync(new CreateUserCommand(user, "Digits owner", null, BrowserAppFactory.DemoPassword,
            [new AssignmentRequest("indicator_owner", Governorate, item.Indicator), new AssignmentRequest("viewer", Governorate, null)]));
        Assert.True(created.IsSuccess, created.Error?.Message);
        var page = await fixture.SignInAsync(user);
        var entry = $"/cycles/{DemoItems.OpenYear}/submissions/{Governorate}/{item.Indicator}";

        await page.GotoAsync(Scorecard);
        await Expect(page.Locator("#overall")).ToHaveTextAsync(new Regex(@"^\d+\.\d$"));
        Assert.DoesNotContain("٫", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Shoot(page, "digits-scorecard-latin");

        await page.ClickAsync("#current-user");
        await page.CheckAsync("#digits-arabic-indic");
        await page.ClickAsync("#digits-save");
        await Expect(page.Locator("#digits-saved")).ToBeVisibleAsync();
        await Expect(page.Locator("#digits-arabic-indic")).ToBeCheckedAsync();
        await page.ScanAsync(fixture, "account-digits");

        await page.GotoAsync(Scorecard);
        await Expect(page.Locator("#overall")).ToHaveTextAsync(new Regex("^[٠-٩]+٫[٠-٩]$"));
        await Shoot(page, "digits-scorecard");

        await page.GotoAsync(entry);
        var value = page.Locator("#field-value");
        foreach (var field in new[] { "#field-numerator", "#field-denominator", "#field-value" })
        {
            await page.Locator(field).FillAsync("");
        }

        await value.PressSequentiallyAsync("٤٢٫٥");
        await Expect(page.Locator("#field-value-error li:not([data-soft])")).ToHaveCountAsync(0);
        await page.ClickAsync("#save-draft");
        await Expect(page.Locator("#current-value")).ToHaveTextAsync("٤٢٫٥");
        await Expect(value).ToHaveValueAsync("٤٢٫٥");
        Assert.Equal(42.5m, (await DemoItems.GetAsync(fixture, Governorate, item.Indicator)).Value);
        await Shoot(page, "digits-entry");
    }

    /// <summary>The page at both widths, for a person to look at (docs/NUMBERS.md); the accessibility scan runs on each.</summary>
    private async Task Shoot(Microsoft.Playwright.IPage page, string name)
    {
        foreach (var width in new[] { 1280, 390 })
        {
            await page.SetViewportSizeAsync(width, 844);
            await page.ScanAsync(fixture, name);
        }

        await page.SetViewportSizeAsync(1280, 844);
    }
}
