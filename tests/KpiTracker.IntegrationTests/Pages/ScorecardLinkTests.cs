using System.Text.RegularExpressions;
using KpiTracker.Application.Features.Setup.SeedDemoCollection;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Pages;

/// <summary>Governorate names on the cycles, progress and verification pages lead to their scorecards, as far as the reader may open them.</summary>
public sealed class ScorecardLinkTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_central_team_s_cycles_progress_and_verification_pages_link_every_governorate_to_its_scorecard()
    {
        await Fixture.SendAsync(new SeedDemoCollectionCommand());

        var cycles = await Client.GetStringAsync(new Uri("/cycles", UriKind.Relative));
        var progress = await Client.GetStringAsync(new Uri("/cycles/2025/progress", UriKind.Relative));
        var verify = await Client.GetStringAsync(new Uri("/cycles/2025/verify", UriKind.Relative));

        var folded = Regex.Match(cycles, "<details class=\"cycle-scorecards\" id=\"scorecards-2025\">.*?</details>", RegexOptions.Singleline).Value;
        Assert.Equal(11, Regex.Count(folded, "href=\"/cycles/2025/scorecards/OM-[A-Z]+\""));
        Assert.Equal(11, Regex.Matches(progress, "<th scope=\"row\"[^>]*><a href=\"/cycles/2025/scorecards/(OM-[A-Z]+)\" class=\"gov-link\"").Select(m => m.Groups[1].Value).Distinct().Count());
        Assert.Matches("<td data-label=\"[^\"]+\"><a href=\"/cycles/2025/scorecards/OM-[A-Z]+\" class=\"gov-link\" data-scorecard=\"OM-[A-Z]+\"><span dir=\"auto\">[^<]+</span></a></td>", verify);
    }

    [Fact]
    public async Task A_reviewer_s_progress_page_is_titled_by_the_governorate_s_name_and_leads_to_its_scorecard()
    {
        await Fixture.SendAsync(new SeedDemoCollectionCommand());
        using var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.links", (Role.GovernorateReviewer, "OM-BS", null)), "en");
        reviewer.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var html = await reviewer.GetStringAsync(new Uri("/cycles/2025/governorates/OM-BS/progress", UriKind.Relative));

        Assert.Contains("<h1>Progress of North Al Batinah in cycle 2025 <small class=\"code gov-code\" dir=\"ltr\">OM-BS</small></h1>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/cycles/2025/scorecards/OM-BS\" id=\"progress-scorecard\">Scorecard of North Al Batinah</a>", html, StringComparison.Ordinal);
    }
}
