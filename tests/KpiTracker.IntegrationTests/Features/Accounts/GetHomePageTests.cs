using KpiTracker.Application.Features.Accounts.GetHomePage;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>The home page's one query: the open cycle and its deadline, and the entry points each role is led to.</summary>
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
}
