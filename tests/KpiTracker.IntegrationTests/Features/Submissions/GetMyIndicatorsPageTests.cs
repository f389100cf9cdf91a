using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>The owner's page, rendered from its one query: their items only, the deadline, and the reviewer's last return.</summary>
public sealed class GetMyIndicatorsPageTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task An_owner_sees_their_items_only_with_the_reviewers_last_return()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "return", new { reason = "evidence_missing", text = "Attach the plan." });

        var html = await Owner.GetStringAsync(new Uri("/my", UriKind.Relative));

        // What needs the owner, the returned item first, then the drafts in framework order.
        Assert.Equal(["LSP-01:returned", "LSP-04:draft", "PAO-02:draft"], Rows(html));
        // The page speaks Arabic (no culture cookie): the reason's label, then the reviewer's words as they wrote them.
        Assert.Matches("class=\"last-comment\">\\s*<strong>[^<]+</strong><span>: </span><span dir=\"auto\">Attach the plan.</span>", html);
        Assert.Contains("نسبة الأهداف المرتبطة بالخطة السنوية", html, StringComparison.Ordinal);
        Assert.Contains("id=\"days-left\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"template-OM-BS\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_opens_on_what_needs_the_owner_returned_first_and_lists_every_item_one_click_away()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await SubmitWithEvidenceAsync(Owner, "PAO-02", 3);
        await ActOkAsync(Reviewer, "OM-BS", "PAO-02", "return", new { reason = "calculation_error", text = "Recount." });

        var needs = await Owner.GetStringAsync(new Uri("/my", UriKind.Relative));
        var all = await Owner.GetStringAsync(new Uri("/my?show=all", UriKind.Relative));

        // Returned first although PAO-02 comes after LSP-04 in the framework; the submitted LSP-01 needs nothing from the owner.
        Assert.Equal(["PAO-02:returned", "LSP-04:draft"], Rows(needs));
        Assert.Equal(["PAO-02:returned", "LSP-04:draft", "LSP-01:submitted"], Rows(all));
        Assert.Matches("id=\"tab-needs\" aria-current=\"page\">[^<]+<span class=\"count\">2</span>", needs);
        Assert.Matches("id=\"tab-all\">[^<]+<span class=\"count\">3</span>", needs);
        Assert.Contains("id=\"tab-all\" aria-current=\"page\"", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_owns_nothing_and_is_offered_no_template()
    {
        var html = await Reviewer.GetStringAsync(new Uri("/my", UriKind.Relative));

        Assert.Contains("id=\"no-items\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"import\"", html, StringComparison.Ordinal);
    }

    private async Task SubmitWithEvidenceAsync(HttpClient owner, string indicator, decimal value)
    {
        await SaveAsync(owner, "OM-BS", indicator, new { value });
        using (var upload = await EvidenceApi.UploadAsync(owner, "OM-BS", indicator, "count.pdf", EvidenceSamples.Pdf()))
        {
            Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        }

        await ActOkAsync(owner, "OM-BS", indicator, "submit");
    }

    private static string[] Rows(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "<tr data-indicator=\"([A-Z]+-\\d+)\" data-state=\"([a-z_]+)\"").Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}")];
}
