using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Scoring.GetNextBand;
using KpiTracker.Application.Features.Scoring.GetScorecardPage;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>The scorecard page's one query: the card, the edition's names and the next-band plan, or why there is no card yet.</summary>
public sealed class GetScorecardPageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_query_returns_the_card_the_edition_s_names_and_the_next_band_plan()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));

        var page = (await QueryAsync(new GetScorecardPageQuery(data.Year, "OM-BS"))).Value;
        var plan = (await QueryAsync(new NextBandQuery(data.Year, "OM-BS"))).Value;

        Assert.Equal(("OM-BS", null), (page.Card!.Governorate, page.NoScores));
        Assert.Contains(page.Bands, b => b.Code == page.Card.Band && b.NameAr.Length > 0 && b.NameEn.Length > 0);
        // Every indicator of the edition, in framework order: the card's own order.
        Assert.Equal(page.Card.Indicators.Select(i => i.Code), page.Indicators.Select(i => i.Code));
        Assert.Equal(JsonSerializer.Serialize(plan), JsonSerializer.Serialize(page.Plan));
    }

    [Fact]
    public async Task A_card_not_computed_yet_says_why_and_a_planned_cycle_has_no_plan()
    {
        await ScoringData.OpenAsync(Fixture);
        using (var planned = await Client.PostAsJsonAsync(new Uri("/api/cycles", UriKind.Relative), new { year = 2026 }))
        {
            Assert.Equal(System.Net.HttpStatusCode.Created, planned.StatusCode);
        }

        var pending = (await QueryAsync(new GetScorecardPageQuery(2025, "OM-BS"))).Value;
        var notOpen = (await QueryAsync(new GetScorecardPageQuery(2026, "OM-BS"))).Value;

        Assert.Null(pending.Card);
        Assert.False(string.IsNullOrEmpty(pending.NoScores));
        Assert.NotNull(pending.Plan);
        Assert.NotEmpty(pending.Indicators);
        Assert.Null(notOpen.Card);
        Assert.False(string.IsNullOrEmpty(notOpen.NoScores));
        Assert.Null(notOpen.Plan);
    }

    [Theory]
    [InlineData(2031, "OM-BS")]
    [InlineData(2025, "OM-XX")]
    public async Task An_unknown_cycle_or_governorate_is_not_found(int year, string governorate)
    {
        await ScoringData.OpenAsync(Fixture);

        var result = await QueryAsync(new GetScorecardPageQuery(year, governorate));

        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
    }

    private async Task<TResponse> QueryAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }
}
