using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Flags;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Flags;

public sealed class ScanOutliersTests(DatabaseFixture fixture) : FlagTest(fixture)
{
    [Fact]
    public async Task A_value_far_from_the_other_governorates_is_flagged_once_however_often_the_scan_runs()
    {
        await SubmitAcrossAsync("LSP-02", Values);

        var scan = await ScanAsync();
        Assert.Equal((11, 1, 1), (scan.ValuesScanned, scan.FlagsAdded, scan.OpenFlags));
        var again = await ScanAsync();
        Assert.Equal((0, 1), (again.FlagsAdded, again.OpenFlags));

        var flag = Assert.Single((await Client.GetFromJsonAsync<List<FlagDto>>($"/api/cycles/{Year}/flags", Json))!);
        // Median 70; |x − 70| sorted 0 0 0 1 1 1 1 2 2 3 65, MAD 1: M = 0.6745 × (5 − 70) / 1.
        Assert.Equal(("OM-BS", "LSP-02", "modified_z", 5m, -43.8425m, 70m, 3.5m, FlagStatus.Open), (flag.Governorate, flag.Indicator, flag.Method, flag.Value, flag.Statistic!.Value, flag.Center, flag.Threshold, flag.Status));
        Assert.Equal(1, (await GetAsync(Reviewer, "OM-BS", "LSP-02")).OpenFlags);
        Assert.Equal(5m, (await GetAsync(Reviewer, "OM-BS", "LSP-02")).Value);

        Assert.Single((await Reviewer.GetFromJsonAsync<List<FlagDto>>($"/api/cycles/{Year}/flags", Json))!);
        Assert.Empty((await ReviewerMa.GetFromJsonAsync<List<FlagDto>>($"/api/cycles/{Year}/flags", Json))!);
        using var outOfScope = await ReviewerMa.GetAsync(new Uri($"/api/cycles/{Year}/flags?governorate=OM-BS", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, outOfScope.StatusCode);
    }

    [Fact]
    public async Task A_flag_raised_or_confirmed_asks_for_a_new_score_run_of_its_governorate_only()
    {
        await SubmitAcrossAsync("LSP-02", Values);
        await Fixture.ExecuteAsOwnerAsync("DELETE FROM score_requests");

        await ScanAsync();
        Assert.Equal(["OM-BS"], await RequestedAsync());

        await Fixture.ExecuteAsOwnerAsync("DELETE FROM score_requests");
        var flag = Assert.Single((await Client.GetFromJsonAsync<List<FlagDto>>($"/api/cycles/{Year}/flags", Json))!);
        using var confirmed = await Reviewer.PostAsJsonAsync($"/api/cycles/{Year}/flags/{flag.Id}/confirm", new { reason = "Checked with the planning department." });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(["OM-BS"], await RequestedAsync());
    }

    [Fact]
    public async Task Scoring_counts_the_items_with_an_open_flag_for_the_data_quality_index()
    {
        await SubmitAcrossAsync("LSP-02", Values);
        await ScanAsync();
        Assert.Equal([1, 0], await FlagCountsAsync());

        var flag = Assert.Single((await Client.GetFromJsonAsync<List<FlagDto>>($"/api/cycles/{Year}/flags", Json))!);
        using var confirmed = await Reviewer.PostAsJsonAsync($"/api/cycles/{Year}/flags/{flag.Id}/confirm", new { reason = "Checked with the department." });
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        // A confirmed flag is no longer open.
        Assert.Equal([0, 0], await FlagCountsAsync());
    }

    [Fact]
    public async Task Returning_the_item_answers_its_flag_and_a_new_value_is_scanned_afresh()
    {
        await SubmitAcrossAsync("LSP-02", Values);
        await ScanAsync();

        await ActOkAsync(Reviewer, "OM-BS", "LSP-02", "return", new { reason = "outlier_unexplained", text = "5 % is far below every other governorate." });
        var flag = Assert.Single((await Client.GetFromJsonAsync<List<FlagDto>>($"/api/cycles/{Year}/flags", Json))!);
        Assert.Equal((FlagStatus.Returned, "reviewer.bs"), (flag.Status, flag.ResolvedBy));
        Assert.Equal(0, (await ScanAsync()).OpenFlags);

        await ActOkAsync(Owners["OM-BS"], "OM-BS", "LSP-02", "submit");
        Assert.Equal(1, (await ScanAsync()).FlagsAdded);
    }

    [Fact]
    public async Task A_value_far_from_the_governorate_s_own_history_is_flagged_against_its_mean()
    {
        await ClosePreviousCycleAsync(2022, ("OM-BS", "LSP-01", 60m));
        await ClosePreviousCycleAsync(2023, ("OM-BS", "LSP-01", 62m));
        await ClosePreviousCycleAsync(2024, ("OM-BS", "LSP-01", 61m));
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value = 95, justification = "New counting method." });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");

        Assert.Equal(1, (await ScanAsync()).FlagsAdded);

        var flag = Assert.Single((await Reviewer.GetFromJsonAsync<List<FlagDto>>($"/api/cycles/{Year}/flags", Json))!);
        // Mean 61, sample SD 1: z = 34.
        Assert.Equal(("history_z", 95m, 34m, 61m, 3m), (flag.Method, flag.Value, flag.Statistic!.Value, flag.Center, flag.Threshold));
    }

    [Fact]
    public async Task Only_the_central_team_or_the_system_scans()
    {
        using var reviewer = await Reviewer.PostAsync(new Uri($"/api/cycles/{Year}/flags/scan", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Forbidden, reviewer.StatusCode);

        var result = await Fixture.SendAsync(new Application.Features.Flags.ScanOutliers.ScanOutliersCommand(Year));
        Assert.Equal(0, result.Value.ValuesScanned);
    }


    private Task<List<string>> RequestedAsync() => Fixture.WithDbAsync(db => db.ScoreRequests.AsNoTracking().Select(r => r.OrgUnitCode).ToListAsync());

    /// <summary>
    /// Items with an open flag in the inputs scoring reads for North Al Batinah and Muscat, read both ways: one governorate
    /// (the decision path) and several at once (the full-cycle path); both must agree.
    /// </summary>
    private async Task<List<int>> FlagCountsAsync() => await Fixture.WithDbAsync(async db =>
    {
        var cycle = await db.Cycles.AsNoTracking().SingleAsync(c => c.Year == Year);
        var edition = await Application.Features.Scoring.EditionModel.LoadAsync(db, cycle.EditionId, CancellationToken.None);
        var many = await Application.Features.Scoring.UnitInputs.LoadManyAsync(db, cycle, edition, ["OM-BS", "OM-MA"], CancellationToken.None);
        var one = await Application.Features.Scoring.UnitInputs.LoadAsync(db, cycle, edition, "OM-BS", CancellationToken.None);
        Assert.Equal(many[0].Quality, one.Quality);
        return many.Select(i => i.Quality.OpenFlagItems).ToList();
    });
}
