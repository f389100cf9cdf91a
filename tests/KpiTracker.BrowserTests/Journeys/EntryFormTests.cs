using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Audit.ListAudit;
using KpiTracker.Application.Features.Cycles.GetCycle;
using KpiTracker.Application.Features.Frameworks.GetEdition;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Application.Features.Users;
using KpiTracker.Application.Features.Users.CreateUser;
using KpiTracker.BrowserTests.Infrastructure;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Frameworks;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// The entry form with its script, in Arabic, on a percentage item of Ad Dakhiliyah (OM-DA), which no other browser test
/// touches: the checks beside the field as the owner types, the same message from the server on submit, a saved value
/// without trailing zeros, an evidence upload with its progress, and the file removed again.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class EntryFormTests(BrowserFixture fixture)
{
    private const string Governorate = "OM-DA";
    private static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar");

    [Fact]
    public async Task An_owner_sees_the_checks_beside_the_field_while_typing_and_uploads_evidence_with_progress()
    {
        var (item, max) = await PercentDraftAsync();
        // The demo accounts cover OM-BS and OM-MA only; this owner is made for the test, for the one item.
        const string owner = "owner.entry.da";
        var created = await fixture.SendAsync(new CreateUserCommand(owner, "Entry form owner", null, BrowserAppFactory.DemoPassword, [new AssignmentRequest("indicator_owner", Governorate, item.Indicator)]));
        Assert.True(created.IsSuccess, created.Error?.Message);
        var page = await fixture.SignInAsync(owner);
        var address = $"/cycles/{DemoItems.OpenYear}/submissions/{Governorate}/{item.Indicator}";
        await page.GotoAsync(address);
        var value = page.Locator("#field-value");
        var errors = page.Locator("#field-value-error li");
        foreach (var field in new[] { "#field-numerator", "#field-denominator", "#field-value" })
        {
            await page.Locator(field).FillAsync("");
        }

        // Over the hard maximum: the server's message, in Arabic, beside the field, before anything is sent.
        var tooHigh = Messages.In(Arabic, "value.above_max", ValueRules.Format(max));
        await value.PressSequentiallyAsync(ValueRules.Format(max + 50));
        await Expect(errors).ToHaveTextAsync(tooHigh);
        await Expect(errors).ToHaveAttributeAsync("data-code", "value.above_max");
        await Expect(value).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(value).ToHaveAttributeAsync("aria-describedby", "field-value-error");
        Assert.EndsWith(address, page.Url, StringComparison.Ordinal);
        await page.ScanAsync(fixture, "entry-form-typing");

        await value.FillAsync("");
        await value.PressSequentiallyAsync("12.3456789");
        await Expect(errors).ToHaveTextAsync(Messages.In(Arabic, "number.too_many_decimals", 6));
        await value.FillAsync("");
        await value.PressSequentiallyAsync("50");
        // A valid value has no error; when its light is red, the note that submitting needs an analysis stands beside it (soft).
        await Expect(page.Locator("#field-value-error li:not([data-soft])")).ToHaveCountAsync(0);
        await Expect(value).Not.ToHaveAttributeAsync("aria-invalid", "true");

        // The ratio: a numerator above the denominator is refused beside the numerator.
        await value.FillAsync("");
        await page.Locator("#field-numerator").PressSequentiallyAsync("5");
        await page.Locator("#field-denominator").PressSequentiallyAsync("4");
        await Expect(page.Locator("#field-numerator-error li")).ToHaveAttributeAsync("data-code", "numerator.exceeds_denominator");
        await page.Locator("#field-numerator").FillAsync("");
        await page.Locator("#field-denominator").FillAsync("");
        await page.Locator("#field-denominator").DispatchEventAsync("input");

        // The server stays the authority: submitting the same value gives the same message in the same place.
        await value.PressSequentiallyAsync(ValueRules.Format(max + 50));
        await Expect(errors).ToHaveTextAsync(tooHigh);
        await page.ClickAsync("#submit");
        await Expect(page.Locator("#form-error")).ToBeVisibleAsync();
        await Expect(errors).ToHaveTextAsync(tooHigh);
        await Expect(page.Locator("#state")).ToHaveAttributeAsync("data-state", "draft");

        // A saved value comes back as typed, not with the store's six decimals.
        await value.FillAsync("24.5");
        await page.ClickAsync("#save-draft");
        await Expect(page.Locator("#notice")).ToBeVisibleAsync();
        await Expect(page.Locator("#field-value")).ToHaveValueAsync("24.5");

        await UploadAsync(page, item.Indicator);

        // The upload changed the item; the page took its new version, so saving again without a reload is not refused as stale.
        var saved = await page.RunAndWaitForResponseAsync(() => page.ClickAsync("#save-draft"), r => r.Request.Method == "POST" && r.Request.ResourceType == "document");
        // A save that is accepted redirects to the page (post, redirect, get); a refused one (a stale version) renders the page again with the error.
        Assert.Equal(302, saved.Status);
        await Expect(page.Locator("#notice")).ToBeVisibleAsync();

        await RemoveAsync(page, item.Indicator, "أُزيل الملف.");

        // The same removal on a phone and in English: a small file each time, each removal audited.
        foreach (var (language, width) in new[] { ("ar", 390), ("en", 1280), ("en", 390) })
        {
            await page.SetViewportSizeAsync(width, 900);
            await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c%3D{language}%7Cuic%3D{language}", Url = fixture.BaseUrl }]);
            await page.GotoAsync(address);
            var name = $"evidence-{language}-{width}.csv";
            // The file field speaks the page's language, not the browser's ("No file chosen"), and names the chosen file.
            var chosen = page.Locator("#evidence-form .file-name");
            await Expect(chosen).ToHaveTextAsync(language == "ar" ? "لم يُختر ملف" : "No file chosen");
            await Expect(page.Locator("#evidence-form .file-button")).ToHaveTextAsync(language == "ar" ? "اختر ملفاً" : "Choose a file");
            await page.SetInputFilesAsync("#evidence-file", new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes("indicator,value\nrow,24.5\n") });
            await Expect(chosen).ToHaveTextAsync(name);
            await page.ClickAsync("#upload-evidence");
            await Expect(page.Locator("#evidence-list")).ToContainTextAsync(name);
            await RemoveAsync(page, item.Indicator, language == "ar" ? "أُزيل الملف." : "The file was removed.");
        }
    }

    /// <summary>The owner takes the wrongly attached file off the draft again: gone from the list and the item, and audited.</summary>
    private async Task RemoveAsync(IPage page, string indicator, string notice)
    {
        var before = await AuditedRemovalsAsync();
        var file = (await page.Locator("#evidence-list a").First.TextContentAsync())!;
        await page.Locator("#evidence-list .remove-evidence").First.ClickAsync();

        await Expect(page.Locator("#notice")).ToHaveTextAsync(notice);
        await Expect(page.Locator("#evidence-list")).ToHaveCountAsync(0);
        await Expect(page.Locator("#no-evidence")).ToBeVisibleAsync();
        Assert.DoesNotContain(file, await page.Locator("#evidence-files").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScanAsync(fixture, "entry-form-evidence-removed");
        Assert.Equal(0, (await DemoItems.GetAsync(fixture, Governorate, indicator)).EvidenceCount);
        Assert.Equal(before + 1, await AuditedRemovalsAsync());
    }

    private async Task<int> AuditedRemovalsAsync()
    {
        var audit = await fixture.SendAsync(new ListAuditQuery(null, "evidence", "delete_evidence.delete", null, null));
        Assert.True(audit.IsSuccess, audit.Error?.Message);
        return audit.Value.Total;
    }

    /// <summary>About 2 MB, so the upload reports progress on its way; the list shows the file without leaving the page.</summary>
    private async Task UploadAsync(IPage page, string indicator)
    {
        var name = $"evidence-{Guid.NewGuid():N}.csv";
        var csv = new StringBuilder("indicator,value\n");
        while (csv.Length < 2_000_000)
        {
            csv.Append(CultureInfo.InvariantCulture, $"row-{csv.Length},24.5\n");
        }

        var before = page.Url;
        await Expect(page.Locator("#evidence-progress-box")).ToBeHiddenAsync();
        await page.SetInputFilesAsync("#evidence-file", new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv.ToString()) });
        await page.ClickAsync("#upload-evidence");

        await Expect(page.Locator("#evidence-progress")).ToHaveAttributeAsync("data-state", "done");
        await Expect(page.Locator("#evidence-progress")).ToHaveJSPropertyAsync("value", 100);
        await Expect(page.Locator("#evidence-progress-box")).ToBeVisibleAsync();
        await Expect(page.Locator("#evidence-progress-text")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#evidence-list")).ToContainTextAsync(name);
        // The side-by-side revisions table counts the current revision's files without a reload (Arabic or Western digit).
        await Expect(page.Locator("#revisions tr[data-field='evidence'] td[data-current='true']")).ToHaveTextAsync(new Regex("^(1|\u0661)$"));
        Assert.Equal(before, page.Url);
        await page.ScanAsync(fixture, "entry-form-uploaded");

        Assert.Equal(1, (await DemoItems.GetAsync(fixture, Governorate, indicator)).EvidenceCount);
    }

    /// <summary>A draft percentage item (no survey) whose allowed range ends at 100, so a numerator may not pass its denominator.</summary>
    private async Task<(SubmissionDto Item, decimal Max)> PercentDraftAsync()
    {
        var cycle = (await fixture.SendAsync(new GetCycleQuery(DemoItems.OpenYear))).Value;
        var indicators = (await fixture.SendAsync(new GetEditionQuery(cycle.Edition))).Value.Criteria.SelectMany(c => c.Indicators).ToDictionary(i => i.Code);
        var item = (await DemoItems.PlainDraftsAsync(fixture, Governorate))
            .FirstOrDefault(i => i.Unit == IndicatorUnit.Percent && i.EvidenceCount == 0 && indicators[i.Indicator].AllowedMax == 100m);
        Assert.True(item is not null, "The demo data has no draft percentage item without evidence in OM-DA.");
        return (item, indicators[item.Indicator].AllowedMax!.Value);
    }
}
