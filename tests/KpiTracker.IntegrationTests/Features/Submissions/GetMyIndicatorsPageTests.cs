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

        var rows = System.Text.RegularExpressions.Regex.Matches(html, "<tr data-indicator=\"([A-Z]+-\\d+)\" data-state=\"([a-z_]+)\"");
        Assert.Equal(["LSP-01:returned", "LSP-04:draft", "PAO-02:draft"], rows.Select(m => $"{m.Groups[1].Value}:{m.Groups[2].Value}").Order(StringComparer.Ordinal));
        // The page speaks Arabic (no culture cookie): the reason's label, then the reviewer's words as they wrote them.
        Assert.Matches("class=\"last-comment\">\\s*<strong>[^<]+</strong><span>: </span><span dir=\"auto\">Attach the plan.</span>", html);
        Assert.Contains("نسبة الأهداف المرتبطة بالخطة السنوية", html, StringComparison.Ordinal);
        Assert.Contains("id=\"days-left\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"template-OM-BS\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_owns_nothing_and_is_offered_no_template()
    {
        var html = await Reviewer.GetStringAsync(new Uri("/my", UriKind.Relative));

        Assert.Contains("id=\"no-items\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"import\"", html, StringComparison.Ordinal);
    }
}
