using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Data.Scoring;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Application.Features.Scoring.ScoreCycles;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>Scoring several years in one command, and the cache of published editions the scoring paths read through.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class ScoreHistoryTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Scoring_several_years_at_once_gives_the_numbers_and_hashes_of_scoring_them_year_by_year()
    {
        var years = new[] { 2023, 2024, 2025 };
        foreach (var (year, shift) in years.Zip([0, 4, 7]))
        {
            var data = await ScoringData.OpenAsync(Fixture, year, shift);
            if (year < 2025)
            {
                await data.CloseAsync(Fixture);
            }
        }

        // A target override in the middle year, so one governorate's framework differs from the edition's.
        await Fixture.ExecuteAsOwnerAsync("""
            INSERT INTO cycle_target_overrides (id, cycle_id, year, org_unit_code, indicator_code, lower, target, updated_at)
            SELECT gen_random_uuid(), id, year, 'OM-BS', 'PAO-02', 2, 14, now() FROM cycles WHERE year = 2024;
            """);

        foreach (var year in years)
        {
            Assert.True((await Fixture.SendAsync(new ScoreCycleCommand(year))).IsSuccess);
        }

        var oneByOne = await LatestRunsAsync();

        using var response = await Client.PostAsync(new Uri("/api/cycles/score?from=2023&to=2025", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = (await response.Content.ReadFromJsonAsync<ScoreCyclesResultDto>())!;
        Assert.Equal([(2023, "final", 11), (2024, "final", 11), (2025, "provisional", 11)], result.Cycles.Select(c => (c.Year, c.Kind, c.Runs.Count)));
        var together = await LatestRunsAsync();

        AssertSame(oneByOne, together);
        Assert.All(oneByOne, r => Assert.NotEqual(r.Value.Id, together[r.Key].Id));
        // Δ came from the year before where it had runs, and was absent for the first year.
        Assert.All(together.Where(r => r.Key.Year == 2023), r => Assert.Null(r.Value.DeltaOverall));
        Assert.All(together.Where(r => r.Key.Year > 2023), r => Assert.NotNull(r.Value.DeltaOverall));
        Assert.Contains(together.Values, r => r.DeltaOverall != 0);
        Assert.Equal(result.Cycles.SelectMany(c => c.Runs).Select(r => r.InputHash).Order(), together.Values.Select(r => r.InputHash).Order());
        Assert.Equal(66, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync()));

        // Starting in the middle: 2024 reads 2023's latest runs from the database, 2025 takes 2024's just computed.
        Assert.True((await Fixture.SendAsync(new ScoreCyclesCommand(2024, 2025, "OM-BS"))).IsSuccess);
        var again = await LatestRunsAsync();
        AssertSame(together, again);
        Assert.Equal(
            [(2024, "OM-BS"), (2025, "OM-BS")],
            together.Where(r => r.Value.Id != again[r.Key].Id).Select(r => r.Key).Order());
        Assert.Equal(68, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync()));
        Assert.Equal(33, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.IsLatest)));
    }

    [Fact]
    public async Task Scoring_in_many_batches_on_two_lanes_gives_the_numbers_and_hashes_of_one_batch()
    {
        var years = new[] { 2023, 2024, 2025 };
        foreach (var (year, shift) in years.Zip([0, 4, 7]))
        {
            var data = await ScoringData.OpenAsync(Fixture, year, shift);
            if (year < 2025)
            {
                await data.CloseAsync(Fixture);
            }
        }

        await Fixture.ExecuteAsOwnerAsync("""
            INSERT INTO cycle_target_overrides (id, cycle_id, year, org_unit_code, indicator_code, lower, target, updated_at)
            SELECT gen_random_uuid(), id, year, 'OM-BS', 'PAO-02', 2, 14, now() FROM cycles WHERE year = 2024;
            """);

        Assert.True((await Fixture.SendAsync(new ScoreCyclesCommand(2023, 2025))).IsSuccess);
        var oneBatch = await LatestRunsAsync();

        // Six pairs per batch over three years: two governorates a batch, six batches shared by the two lanes.
        var written = await WithScorerAsync(async (db, scorer, editions) =>
        {
            var cycles = await db.Cycles.AsNoTracking().Where(c => years.Contains(c.Year)).ToListAsync();
            var scored = new List<(Domain.Collection.Cycle, EditionModel)>();
            foreach (var cycle in cycles)
            {
                scored.Add((cycle, await editions.GetAsync(db, cycle.EditionId, CancellationToken.None)));
            }

            var governorates = await ScoringScope.GovernoratesAsync(db, CancellationToken.None);
            return (governorates, await scorer.ScoreForcedAsync(scored, governorates, "manual", CancellationToken.None, batchSize: 6));
        });
        var manyBatches = await LatestRunsAsync();

        AssertSame(oneBatch, manyBatches);
        Assert.All(oneBatch, r => Assert.NotEqual(r.Value.Id, manyBatches[r.Key].Id));
        // In the order of a one-lane run: batch by batch (two governorates each), each batch in year order.
        var (codes, runs) = written;
        Assert.Equal(
            codes.Chunk(2).SelectMany(batch => years.SelectMany(year => batch.Select(code => (year, code)))),
            runs.Select(r => (r.Year, r.OrgUnitCode)));
        Assert.Equal(runs.Select(r => r.Id).Order(), manyBatches.Values.Select(r => r.Id).Order());
        Assert.Equal(66, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync()));
        Assert.Equal(33, await Fixture.WithDbAsync(db => db.ScoreRuns.CountAsync(r => r.IsLatest)));
    }

    [Fact]
    public async Task Scoring_several_years_refuses_a_reversed_span_and_answers_not_found_without_cycles()
    {
        using var reversed = await Client.PostAsync(new Uri("/api/cycles/score?from=2025&to=2023", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        Assert.Contains("scoring.years_order", await reversed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var none = await Client.PostAsync(new Uri("/api/cycles/score?from=2090&to=2091", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task A_published_edition_is_kept_and_a_draft_or_a_new_edition_is_never_served_stale()
    {
        var editions = Fixture.Factory.Services.GetRequiredService<EditionModels>();
        var published = await Fixture.WithDbAsync(db => db.FrameworkEditions.AsNoTracking().SingleAsync(e => e.Code == "IIS-2024"));
        var first = await Fixture.WithDbAsync(db => editions.GetAsync(db, published.Id, CancellationToken.None));
        Assert.True(first.Published);
        Assert.True(editions.Holds(published.Id));
        Assert.Same(first, await Fixture.WithDbAsync(db => editions.GetAsync(db, published.Id, CancellationToken.None)));

        using (var cloned = await Client.PostAsJsonAsync("/api/frameworks/IIS-2024/clone", new { newCode = "IIS-2031", nameEn = "Cache test" }))
        {
            Assert.Equal(HttpStatusCode.Created, cloned.StatusCode);
        }

        var draftId = await Fixture.WithDbAsync(db => db.FrameworkEditions.Where(e => e.Code == "IIS-2031").Select(e => e.Id).SingleAsync());
        var draft = await Fixture.WithDbAsync(db => editions.GetAsync(db, draftId, CancellationToken.None));
        Assert.False(draft.Published);
        Assert.False(editions.Holds(draftId));
        Assert.Equal(1m, draft.Framework.Criteria.Single(c => c.Code == "CUS").Weight);

        using (var edit = await Client.PutAsJsonAsync("/api/frameworks/IIS-2031/criteria/CUS", new { nameAr = "رضا المتعاملين", nameEn = "Customer Satisfaction", weight = 3 }))
        {
            Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        }

        var edited = await Fixture.WithDbAsync(db => editions.GetAsync(db, draftId, CancellationToken.None));
        Assert.Equal(3m, edited.Framework.Criteria.Single(c => c.Code == "CUS").Weight);
        Assert.False(editions.Holds(draftId));

        using (var publish = await Client.PostAsync(new Uri("/api/frameworks/IIS-2031/publish", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        }

        var newEdition = await Fixture.WithDbAsync(db => editions.GetAsync(db, draftId, CancellationToken.None));
        Assert.True(newEdition.Published);
        Assert.Equal(("IIS-2031", 3m), (newEdition.Code, newEdition.Framework.Criteria.Single(c => c.Code == "CUS").Weight));
        Assert.True(editions.Holds(draftId));
        // The older edition is what it was.
        Assert.Same(first, await Fixture.WithDbAsync(db => editions.GetAsync(db, published.Id, CancellationToken.None)));
        Assert.Equal(1m, first.Framework.Criteria.Single(c => c.Code == "CUS").Weight);
    }

    private static void AssertSame(Dictionary<(int Year, string Gov), ScoreRun> expected, Dictionary<(int Year, string Gov), ScoreRun> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (key, run) in expected)
        {
            var other = actual[key];
            Assert.Equal(run.InputHash, other.InputHash);
            Assert.True(UnitScorer.SameNumbers(run, other), $"{key}");
            Assert.Equal((run.GapClosure, run.PublishedOverall, run.Coverage), (other.GapClosure, other.PublishedOverall, other.Coverage));
            Assert.Equal(run.Criteria.OrderBy(c => c.Order).Select(c => (c.Code, c.Delta, c.PublishedScore)), other.Criteria.OrderBy(c => c.Order).Select(c => (c.Code, c.Delta, c.PublishedScore)));
            Assert.Equal(run.Indicators.OrderBy(i => i.Order).Select(i => (i.Code, i.Delta, i.Lower, i.Target, i.Achievement)), other.Indicators.OrderBy(i => i.Order).Select(i => (i.Code, i.Delta, i.Lower, i.Target, i.Achievement)));
        }
    }

    private async Task<T> WithScorerAsync<T>(Func<Application.Data.AppDbContext, UnitScorer, EditionModels, Task<T>> action)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await action(services.GetRequiredService<Application.Data.AppDbContext>(), services.GetRequiredService<UnitScorer>(), services.GetRequiredService<EditionModels>());
    }

    private Task<Dictionary<(int Year, string Gov), ScoreRun>> LatestRunsAsync() => Fixture.WithDbAsync(async db =>
        (await ScoreRunRows.FillAsync(db, await db.ScoreRuns.AsNoTracking().Where(r => r.IsLatest).ToListAsync(), CancellationToken.None))
        .ToDictionary(r => (r.Year, r.OrgUnitCode)));
}
