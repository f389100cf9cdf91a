using System.Globalization;
using KpiTracker.Application.Features.Accounts.GetMenu;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>The layout's one query: the menu a role is offered, and the unread notifications beside it.</summary>
[Collection(SecondDatabaseGroup.Name)]
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
        // The user name is isolated: a Latin name must not reorder the Arabic words around it.
        Assert.Contains("id=\"current-user\"><bdi>owner.bs</bdi></a>", html, StringComparison.Ordinal);
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

    [Fact]
    public async Task Every_page_header_carries_the_ministry_s_identity_in_the_reader_s_language_visitors_included()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        var english = (await QueryAsync(new GetMenuQuery())).Value.Identity;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/home");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        using var response = await Owner.SendAsync(request);
        var home = await response.Content.ReadAsStringAsync();
        var signIn = await Anonymous.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.Equal(new IdentityBlock("Ministry of Interior", "Directorate General of Planning and Performance Measurement", false), english);
        Assert.Contains("<strong id=\"identity-name\">Ministry of Interior</strong>", home, StringComparison.Ordinal);
        Assert.Contains("<strong id=\"identity-name\">وزارة الداخلية</strong>", signIn, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"menu-home\"", signIn, StringComparison.Ordinal);
    }
}
