using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Security;
using KpiTracker.Application.Features.Scoring.GetNextBand;
using KpiTracker.Application.Features.Scoring.GetScorecardPage;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// The scorecard page's one query: the card, the governorate's names, the switchers' choices, the edition's names and the next-band
/// plan, or why there is no card yet.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class GetScorecardPageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>Readers and the governorates their switcher offers: everyone's for a reader without a governorate scope, else their own.</summary>
    public static TheoryData<Role, string[], string[]?> Readers => new()
    {
        { Role.CentralTeam, [], null },
        { Role.Viewer, [], null },
        { Role.Auditor, [], null },
        { Role.GovernorateReviewer, ["OM-BS"], ["OM-BS"] },
        { Role.GovernorateReviewer, ["OM-MA", "OM-BS"], ["OM-MA", "OM-BS"] },
    };

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

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task The_switchers_offer_the_years_with_results_and_only_the_governorates_the_reader_may_read(Role role, string[] scope, string[]? expected)
    {
        // Runs in 2023 and 2025 only; the planned 2026 cycle has none.
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            var data = await ScoringData.OpenAsync(Fixture, year);
            if (year < 2025)
            {
                await data.CloseAsync(Fixture);
            }
        }

        await Fixture.SendAsync(new ScoreCycleCommand(2023));
        await Fixture.SendAsync(new ScoreCycleCommand(2025));
        var grants = scope.Length == 0 ? [(role, (string?)null, (string?)null)] : scope.Select(g => (role, (string?)g, (string?)null)).ToArray();
        var reader = await Fixture.Users.CreateAsync("reader", grants);
        var all = await Fixture.WithDbAsync(db => db.OrgUnits.Where(o => o.Kind == Domain.Organisation.OrgUnitKind.Governorate)
            .OrderBy(o => o.Order).Select(o => new { o.Code, o.NameAr, o.NameEn }).ToListAsync());

        var page = (await QueryAsync(new GetScorecardPageQuery(2025, "OM-BS"), reader)).Value;
        var unscored = (await QueryAsync(new GetScorecardPageQuery(2024, "OM-BS"), reader)).Value;

        Assert.Equal([2025, 2023], page.Years);
        Assert.Equal([2025, 2024, 2023], unscored.Years); // the year asked for is always a choice
        var readable = all.Where(g => expected is null || expected.Contains(g.Code)).ToList();
        Assert.Equal(expected is null ? 11 : expected.Length, page.Governorates.Count);
        Assert.Equal(readable.Select(g => (g.Code, g.NameAr, g.NameEn)), page.Governorates.Select(g => (g.Code, g.NameAr, g.NameEn)));
        var own = all.Single(g => g.Code == "OM-BS");
        Assert.Equal((own.Code, own.NameAr, own.NameEn), (page.Unit.Code, page.Unit.NameAr, page.Unit.NameEn));
        Assert.Equal((90m, 70m), (page.Lights.Green, page.Lights.Amber));
    }

    [Fact]
    public async Task A_reviewer_of_another_governorate_is_answered_as_if_it_did_not_exist()
    {
        await ScoringData.OpenAsync(Fixture);
        var reviewer = await Fixture.Users.CreateAsync("reviewer.ma", (Role.GovernorateReviewer, "OM-MA", null));

        var result = await QueryAsync(new GetScorecardPageQuery(2025, "OM-BS"), reviewer);

        Assert.False(result.IsSuccess);
        Assert.Equal(ErrorKind.NotFound, result.Error!.Kind);
    }

    private async Task<TResponse> QueryAsync<TResponse>(IQuery<TResponse> query, TestUser? user = null)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        if (user is not null)
        {
            scope.ServiceProvider.GetRequiredService<CurrentUser>().ActAs(user.Id, user.UserName);
        }

        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }
}
