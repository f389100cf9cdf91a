using System.Net.Http.Json;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// The API's side of docs/RESULTS.md: an open cycle's scorecard and comparison say "provisional", a closed cycle's do not; a
/// governorate below 2/3 coverage is flagged <c>insufficient_data</c> on both, with its coverage, while its band and rank stay
/// as the engine computed them (DOMAIN §4) and the others' ranks are unchanged.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class GetScorecardResultRuleTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>Twenty of OM-BS's accepted values sent back to draft: 14 of 34 entered indicators left, coverage 14/35 &lt; 2/3.</summary>
    private async Task<ScoringData> OneGovernorateBelowTheThresholdAsync()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.ExecuteAsOwnerAsync($"""
            UPDATE submissions SET state = 'draft', accepted_at = NULL
            WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS'
              AND indicator_code IN (SELECT indicator_code FROM submissions WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND state = 'accepted' ORDER BY indicator_code LIMIT 20)
            """);
        return data;
    }

    [Fact]
    public async Task An_open_cycle_is_provisional_and_a_governorate_below_two_thirds_is_flagged_on_the_scorecard_and_the_comparison()
    {
        var data = await OneGovernorateBelowTheThresholdAsync();
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));

        var low = await CardAsync(data.Year, "OM-BS");
        var full = await CardAsync(data.Year, "OM-MA");
        var comparison = (await Client.GetFromJsonAsync<ComparisonDto>(new Uri($"/api/cycles/{data.Year}/comparison", UriKind.Relative)))!;

        Assert.Equal(["provisional", "insufficient_data"], low.Flags);
        Assert.Equal(14, low.ValueCount);
        Assert.True(low.Coverage < 2m / 3);
        Assert.NotNull(low.Band);
        Assert.NotNull(low.Rank);
        Assert.Equal(["provisional"], full.Flags);
        Assert.Equal(ScoreKind.Provisional.ToCode(), comparison.Kind);
        var rows = comparison.League.ToDictionary(r => r.Governorate);
        Assert.True(rows["OM-BS"].InsufficientData);
        Assert.Equal(low.Coverage, rows["OM-BS"].Coverage);
        Assert.Equal(low.Rank, rows["OM-BS"].Rank);
        Assert.All(rows.Values.Where(r => r.Governorate != "OM-BS"), r => Assert.False(r.InsufficientData));
        // The ranks are DOMAIN §4's over every overall index: 1..11 with ties shared, nobody skipped for low coverage.
        Assert.Equal(Ranking.Rank(rows.Values.Select(r => (r.Governorate, r.Overall))).ToDictionary(r => r.OrgUnitCode, r => r.Rank), rows.ToDictionary(r => r.Key, r => r.Value.Rank));
    }

    [Fact]
    public async Task A_closed_cycle_is_final_everywhere_and_keeps_its_coverage()
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await data.CloseAsync(Fixture);
        await Fixture.SendAsync(new ScoreCycleCommand(data.Year));

        var card = await CardAsync(data.Year, "OM-BS");
        var comparison = (await Client.GetFromJsonAsync<ComparisonDto>(new Uri($"/api/cycles/{data.Year}/comparison", UriKind.Relative)))!;

        Assert.DoesNotContain("provisional", card.Flags);
        Assert.Equal(ScoreKind.Final.ToCode(), card.Run.Kind);
        Assert.NotNull(card.Coverage);
        Assert.Equal(ScoreKind.Final.ToCode(), comparison.Kind);
    }

    private async Task<ScorecardDto> CardAsync(int year, string governorate) =>
        (await Client.GetFromJsonAsync<ScorecardDto>(new Uri($"/api/cycles/{year}/scorecards/{governorate}", UriKind.Relative)))!;
}
