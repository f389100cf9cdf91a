using System.Net.Http.Json;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// A provisional rank is computed from every governorate's unpublished numbers, which the comparison hides from
/// governorate-scoped readers until the cycle closes: their scorecard carries no rank until then; readers of every governorate
/// see it, and once the cycle is closed everyone does.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class GetScorecardProvisionalRankTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_governorate_reader_gets_no_provisional_rank_but_the_final_one()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        using var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)));
        using var viewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("viewer.bs", (Role.Viewer, "OM-BS", null)));
        using var everywhere = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("viewer.all", (Role.Viewer, null, null)));
        var path = new Uri($"/api/cycles/{data.Year}/scorecards/OM-BS", UriKind.Relative);

        var central = (await Client.GetFromJsonAsync<ScorecardDto>(path))!;
        Assert.Contains("provisional", central.Flags);
        Assert.NotNull(central.Rank);
        Assert.Equal(central.Rank, (await everywhere.GetFromJsonAsync<ScorecardDto>(path))!.Rank);
        Assert.Null((await reviewer.GetFromJsonAsync<ScorecardDto>(path))!.Rank);
        Assert.Null((await viewer.GetFromJsonAsync<ScorecardDto>(path))!.Rank);

        await data.CloseAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));
        var final = (await reviewer.GetFromJsonAsync<ScorecardDto>(path))!;
        Assert.DoesNotContain("provisional", final.Flags);
        Assert.NotNull(final.Rank);
    }
}
