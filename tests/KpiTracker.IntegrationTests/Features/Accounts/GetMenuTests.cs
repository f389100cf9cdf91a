using KpiTracker.Application.Features.Accounts.GetMenu;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>The layout's one query: the menu a role is offered, and the unread notifications beside it.</summary>
public sealed class GetMenuTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task An_owner_is_offered_their_items_and_counts_a_return_as_unread()
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "return", new { reason = "evidence_missing", text = "Attach the plan." });

        var html = await Owner.GetStringAsync(new Uri("/home", UriKind.Relative));

        Assert.Contains("id=\"menu-my\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"menu-review\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"menu-cycles\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"unread-count\"[^>]*>1</span>", html);
        Assert.Contains("id=\"current-user\">owner.bs</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_central_team_is_offered_the_cycles_but_not_the_review_queue()
    {
        var html = await Central2.GetStringAsync(new Uri("/home", UriKind.Relative));

        Assert.Contains("id=\"menu-cycles\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"menu-review\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"menu-my\"", html, StringComparison.Ordinal);
        Assert.Matches("id=\"unread-count\"[^>]*>0</span>", html);
    }

    [Fact]
    public async Task The_system_may_reach_everything()
    {
        var menu = (await QueryAsync(new GetMenuQuery())).Value;

        Assert.True(menu.Can is { Enter: true, Review: true, ManageCycles: true, EditFrameworks: true, ManageUsers: true, ReadAudit: true, SeeJobs: true });
        Assert.Equal(0, menu.Unread);
    }
}
