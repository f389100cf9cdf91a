using System.Text;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.BrowserTests.Infrastructure;
using KpiTracker.Domain.Frameworks;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>
/// The collection journey in Muscat (OM-MA), in Arabic: an owner fills three indicators (one needing a soft-rule
/// justification, one with evidence) and submits; the reviewer returns one with a reason; the owner reads the reason, fixes
/// and resubmits; the reviewer accepts all three; the central team verifies one; the open scorecard page picks up the new
/// scores by itself (the host's Hangfire worker scores after the decisions) and its PDF downloads.
/// </summary>
[Collection(BrowserGroup.Name)]
public sealed class OwnerReviewerJourneyTests(BrowserFixture fixture)
{
    private const string Governorate = "OM-MA";

    [Fact]
    public async Task Owner_submits_reviewer_returns_owner_fixes_reviewer_accepts_and_the_scorecard_updates_itself()
    {
        var (ownerName, soft, evidence, plain) = await PickItemsAsync();
        var owner = await fixture.SignInAsync(ownerName);
        await Expect(owner.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(owner.Locator("#home-my")).ToBeVisibleAsync();
        await owner.ScanAsync(fixture, "home-owner");

        await owner.ClickAsync("#menu-my");
        foreach (var item in new[] { soft, evidence, plain })
        {
            await Expect(owner.Locator($"#my-items tr[data-indicator='{item.Indicator}']")).ToHaveAttributeAsync("data-state", "draft");
        }

        await owner.ScanAsync(fixture, "my-indicators");

        // 1. A value far from last year's: saved, but the submit asks for a justification beside its box.
        await OpenItemAsync(owner, soft.Indicator);
        await owner.FillAsync("#field-value", DemoItems.Invariant(DemoItems.FarFromLastYear(soft)));
        await owner.ClickAsync("#submit");
        await Expect(owner.Locator("#field-justification-error")).ToBeVisibleAsync();
        await Expect(owner.Locator("#warnings")).ToBeVisibleAsync();
        await owner.ScanAsync(fixture, "entry-soft-rule");
        await owner.FillAsync("#field-justification", "انخفض العدد بسبب إعادة هيكلة الدوائر هذا العام.");
        // Last year's value moved 40 points may well have a red light: an owner writes the analysis it then needs.
        await owner.FillAsync("#field-analysis", "تأثرت القيمة بتأخر تنفيذ بعض الأنشطة.");
        await owner.ClickAsync("#submit");
        await ExpectStateAsync(owner, "submitted");

        // 2. Evidence attached through the multipart form, then the value.
        await OpenItemAsync(owner, evidence.Indicator);
        await owner.SetInputFilesAsync("#evidence-file", new FilePayload { Name = "evidence-report.pdf", MimeType = "application/pdf", Buffer = Pdf() });
        await owner.ClickAsync("#upload-evidence");
        await Expect(owner.Locator("#evidence-list")).ToContainTextAsync("evidence-report.pdf");
        await owner.FillAsync("#field-value", DemoItems.Invariant(DemoItems.Plain(evidence)));
        await owner.FillAsync("#field-analysis", "تأثرت القيمة بتأخر تنفيذ بعض الأنشطة.");
        await owner.ClickAsync("#submit");
        await ExpectStateAsync(owner, "submitted");
        await owner.ScanAsync(fixture, "entry-submitted");

        // 3. A plain value.
        await OpenItemAsync(owner, plain.Indicator);
        await owner.FillAsync("#field-value", DemoItems.Invariant(DemoItems.Plain(plain)));
        await owner.FillAsync("#field-analysis", "تأثرت القيمة بتأخر تنفيذ بعض الأنشطة.");
        await owner.ClickAsync("#submit");
        await ExpectStateAsync(owner, "submitted");

        // The reviewer finds the three in the queue and returns one with a reason.
        var reviewer = await fixture.SignInAsync("reviewer.ma");
        await reviewer.GotoAsync("/review?state=submitted");
        foreach (var item in new[] { soft, evidence, plain })
        {
            await Expect(reviewer.Locator($"#queue tr[data-indicator='{item.Indicator}']")).ToHaveAttributeAsync("data-state", "submitted");
        }

        await reviewer.ScanAsync(fixture, "review-queue");
        const string reason = "القيمة لا تطابق البسط والمقام في التقرير المرفق.";
        await OpenItemAsync(reviewer, plain.Indicator);
        await Expect(reviewer.Locator("#decision-form")).ToBeVisibleAsync();
        await reviewer.ScanAsync(fixture, "review-item");
        await reviewer.CheckAsync("#decision-return");
        await reviewer.SelectOptionAsync("#return-reason-code", "calculation_error");
        await reviewer.FillAsync("#return-text-input", reason);
        await reviewer.ClickAsync("#decide");
        await ExpectStateAsync(reviewer, "returned");
        // The history reads in the page's direction: in Arabic the arrow points left, from the earlier state to the later.
        await Expect(reviewer.Locator("#history li").Last).ToContainTextAsync("مقدَّم ← مُعاد");

        // The owner is told, reads the reason on the list and on the item, fixes the value and resubmits.
        await owner.GotoAsync("/my");
        await Expect(owner.Locator("#unread-count")).Not.ToHaveTextAsync("0");
        var row = owner.Locator($"#my-items tr[data-indicator='{plain.Indicator}']");
        await Expect(row).ToHaveAttributeAsync("data-state", "returned");
        await Expect(row.Locator(".last-comment")).ToContainTextAsync(reason);
        await owner.ClickAsync("#menu-notifications");
        await Expect(owner.Locator("#notifications")).ToContainTextAsync(plain.Indicator);
        await owner.ScanAsync(fixture, "notifications");
        await OpenItemAsync(owner, plain.Indicator);
        await Expect(owner.Locator("#return-text")).ToHaveTextAsync(reason);
        await Expect(owner.Locator("#return-code")).ToHaveAttributeAsync("data-code", "calculation_error");
        await owner.ScanAsync(fixture, "entry-returned");
        var corrected = DemoItems.Plain(plain) + (DemoItems.Plain(plain) >= 1 ? -1 : 1);
        await owner.FillAsync("#field-value", DemoItems.Invariant(corrected));
        await owner.FillAsync("#field-analysis", "تأثرت القيمة بتأخر تنفيذ بعض الأنشطة.");
        await owner.ClickAsync("#submit");
        await ExpectStateAsync(owner, "submitted");

        // The scorecard stays open in its own tab while the reviewer accepts; it must change without a reload.
        var scorecard = await reviewer.Context.NewPageAsync();
        await scorecard.GotoAsync($"/cycles/{DemoItems.OpenYear}/scorecards/{Governorate}");
        await Expect(scorecard.Locator("#scores")).ToBeVisibleAsync();
        await scorecard.EvaluateAsync("() => { window.__sameDocument = 'yes'; }");
        foreach (var item in new[] { soft, evidence, plain })
        {
            await Expect(scorecard.Locator($"#indicators tr[data-indicator='{item.Indicator}'] .indicator-value")).ToHaveTextAsync("—");
        }

        foreach (var item in new[] { soft, evidence, plain })
        {
            await OpenItemAsync(reviewer, item.Indicator);
            await reviewer.CheckAsync("#decision-accept");
            await reviewer.ClickAsync("#decide");
            await ExpectStateAsync(reviewer, "accepted");
        }

        // The central team verifies one of them through the same page.
        var central = await fixture.SignInAsync("central1");
        await OpenItemAsync(central, plain.Indicator);
        await central.CheckAsync("#decision-verify");
        await central.ClickAsync("#decide");
        await ExpectStateAsync(central, "verified");

        // Nobody triggers scoring: each decision queued a score request, the host's Hangfire worker drains it, and the open
        // tab must show the new run without a reload.
        var expected = new Dictionary<string, decimal>
        {
            [soft.Indicator] = DemoItems.FarFromLastYear(soft),
            [evidence.Indicator] = DemoItems.Plain(evidence),
            [plain.Indicator] = corrected,
        };
        foreach (var (code, value) in expected)
        {
            await Expect(scorecard.Locator($"#indicators tr[data-indicator='{code}'] .indicator-value"))
                .ToHaveTextAsync(DemoItems.Arabic(value), new() { Timeout = 60_000 });
        }

        Assert.Equal("yes", await scorecard.EvaluateAsync<string>("() => window.__sameDocument"));
        await scorecard.ScanAsync(fixture, "scorecard");
        await Expect(scorecard.Locator("#pdf-ar")).ToHaveAttributeAsync("href", $"/api/cycles/{DemoItems.OpenYear}/scorecards/{Governorate}/pdf?lang=ar");

        // The PDF link downloads the scorecard with the reviewer's own session.
        var download = await scorecard.RunAndWaitForDownloadAsync(() => scorecard.Locator("#pdf-ar").ClickAsync());
        var path = await download.PathAsync();
        Assert.Equal($"scorecard-{DemoItems.OpenYear}-{Governorate}-ar.pdf", download.SuggestedFilename);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(File.ReadAllBytes(path)[..5]), StringComparison.Ordinal);
    }

    private async Task<(string Owner, SubmissionDto Soft, SubmissionDto Evidence, SubmissionDto Plain)> PickItemsAsync()
    {
        var drafts = await DemoItems.PlainDraftsAsync(fixture, Governorate);
        foreach (var group in drafts.GroupBy(d => DemoItems.OwnerOf(Governorate, d.Indicator)))
        {
            var soft = group.FirstOrDefault(d => d.Unit is IndicatorUnit.Percent or IndicatorUnit.Score && d.PreviousValue is not null && !d.EvidenceRequired);
            var plain = group.FirstOrDefault(d => d != soft && !d.EvidenceRequired);
            var evidence = group.FirstOrDefault(d => d != soft && d != plain);
            if (soft is not null && plain is not null && evidence is not null)
            {
                return (group.Key, soft, evidence, plain);
            }
        }

        Assert.Fail("The demo data has no owner in OM-MA with three draft items of the kinds this journey needs.");
        return default;
    }

    private async Task OpenItemAsync(IPage page, string indicator)
    {
        await page.GotoAsync($"/cycles/{DemoItems.OpenYear}/submissions/{Governorate}/{indicator}");
        fixture.AssertNoServerFailures();
        await Expect(page.Locator("h1")).ToContainTextAsync(indicator);
    }

    private async Task ExpectStateAsync(IPage page, string state)
    {
        try
        {
            await Expect(page.Locator("#notice")).ToBeVisibleAsync();
        }
        catch (PlaywrightException)
        {
            fixture.AssertNoServerFailures();
            throw;
        }

        await Expect(page.Locator("#state")).ToHaveAttributeAsync("data-state", state);
    }

    private static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
        + "trailer <</Root 1 0 R>>\n%%EOF\n");
}
