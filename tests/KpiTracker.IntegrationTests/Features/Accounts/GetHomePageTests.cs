using System.Text.RegularExpressions;
using KpiTracker.Application.Features.Accounts.GetHomePage;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>The home page's one query: the open cycle and its deadline, and the entry points each role is led to.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class GetHomePageTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    [Fact]
    public async Task The_query_counts_the_days_to_the_open_cycles_deadline_on_the_injected_clock()
    {
        var home = (await QueryAsync(new GetHomePageQuery())).Value;

        var deadline = home.Cycle!.Calendar.SubmissionDeadline;
        Assert.Equal((Year, Year), (home.Cycle.Year, home.ScoreYear));
        Assert.Equal(deadline.DayNumber - new DateOnly(2026, 1, 10).DayNumber, home.DaysLeft);
        Assert.True(home.Can.ManageCycles);
    }

    [Fact]
    public async Task The_home_page_counts_what_waits_for_each_role_and_links_to_the_queue()
    {
        using var other = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.lsp2", (Role.IndicatorOwner, "OM-BS", "LSP-02")), "en");
        await SaveAsync(other, "OM-BS", "LSP-02", new { value = 70 });
        await ActOkAsync(other, "OM-BS", "LSP-02", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-02", "accept");
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 70 });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "return", new { reason = "calculation_error", text = "Recount." });
        await SaveAsync(Owner, "OM-BS", "PAO-02", new { value = 3 });
        using (var upload = await EvidenceApi.UploadAsync(Owner, "OM-BS", "PAO-02", "count.pdf", EvidenceSamples.Pdf()))
        {
            Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        }

        await ActOkAsync(Owner, "OM-BS", "PAO-02", "submit");
        await ActOkAsync(OwnerMa, "OM-MA", "LSP-01", "request-na", new { reason = "No such plan in Muscat." });

        var owner = await Owner.GetStringAsync(new Uri("/home", UriKind.Relative));
        var reviewer = await Reviewer.GetStringAsync(new Uri("/home", UriKind.Relative));
        var central = (await QueryAsync(new GetHomePageQuery())).Value.Work;

        Assert.Matches("id=\"waits-returned\" data-count=\"1\"><a href=\"/my\">", owner);
        Assert.Contains("id=\"waits-to-submit\" data-count=\"1\"", owner, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"waits-review-", owner, StringComparison.Ordinal);
        Assert.Matches("id=\"waits-review-OM-BS\" data-count=\"1\">\\s*<a href=\"/review\\?governorate=OM-BS\">", reviewer);
        Assert.DoesNotContain("id=\"waits-returned\"", reviewer, StringComparison.Ordinal);
        Assert.Contains("id=\"cycle-timeline\"", reviewer, StringComparison.Ordinal);
        Assert.Equal(new CentralWork(1, 1), central.Verify);
        Assert.Null(central.Owner);
    }

    [Fact]
    public async Task A_reviewer_is_led_to_the_queue_and_their_governorates_progress_and_scorecard()
    {
        var html = await Reviewer.GetStringAsync(new Uri("/home", UriKind.Relative));

        Assert.Contains("id=\"open-cycle\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"home-review\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"home-progress-OM-BS\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cycles/{Year}/scorecards/OM-BS\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"home-my\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"home-verify\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_owner_gets_no_progress_link_and_the_central_team_the_cycle_pages()
    {
        var owner = await Owner.GetStringAsync(new Uri("/home", UriKind.Relative));
        var central = await Central2.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("id=\"home-my\"", owner, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"home-progress\"", owner, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cycles/{Year}/verify\" id=\"home-verify\"", central, StringComparison.Ordinal);
        Assert.Contains("id=\"home-jobs\"", central, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_viewer_reaches_the_comparison_and_every_scorecard_and_picks_a_closed_cycle_by_year()
    {
        await ClosePreviousCycleAsync(Year - 1, ("OM-BS", "LSP-01", 70m));
        using var viewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("viewer.all", (Role.Viewer, null, null)), "en");
        viewer.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var home = await viewer.GetStringAsync(new Uri("/home", UriKind.Relative));
        var earlier = await viewer.GetStringAsync(new Uri($"/home?year={Year - 1}", UriKind.Relative));

        // By default the open cycle and the newest closed one, each with its comparison and the eleven scorecards.
        foreach (var year in new[] { Year, Year - 1 })
        {
            Assert.Contains($"href=\"/cycles/{year}/comparison\" id=\"results-comparison-{year}\"", home, StringComparison.Ordinal);
            Assert.Equal(11, Regex.Count(home, $"href=\"/cycles/{year}/scorecards/OM-[A-Z]+\""));
        }

        Assert.Contains($"id=\"results-{Year - 1}\" data-final=\"true\"", home, StringComparison.Ordinal);
        Assert.Contains($"id=\"results-{Year}\" data-final=\"false\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cycles/{Year - 1}/scorecards/OM-BS\" class=\"gov-link\" data-scorecard=\"OM-BS\"><span dir=\"auto\">North Al Batinah</span>", earlier, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"results-{Year}\"", earlier, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"home-cycles\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reviewer_gets_only_their_own_scorecard_and_the_comparison_only_once_closed_an_owner_no_results()
    {
        await ClosePreviousCycleAsync(Year - 1, ("OM-BS", "LSP-01", 70m));

        var reviewer = await Reviewer.GetStringAsync(new Uri("/home", UriKind.Relative));
        var owner = await Owner.GetStringAsync(new Uri("/home", UriKind.Relative));

        Assert.Contains($"href=\"/cycles/{Year}/scorecards/OM-BS\"", reviewer, StringComparison.Ordinal);
        Assert.Contains($"href=\"/cycles/{Year - 1}/scorecards/OM-BS\"", reviewer, StringComparison.Ordinal);
        Assert.DoesNotContain("/scorecards/OM-MA", reviewer, StringComparison.Ordinal);
        Assert.Contains($"id=\"results-comparison-{Year - 1}\"", reviewer, StringComparison.Ordinal);
        Assert.DoesNotContain($"id=\"results-comparison-{Year}\"", reviewer, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"results\"", owner, StringComparison.Ordinal);
        Assert.DoesNotContain("/scorecards/", owner, StringComparison.Ordinal);
    }
}
