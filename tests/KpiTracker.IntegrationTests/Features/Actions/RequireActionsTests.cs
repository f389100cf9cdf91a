using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Actions.GetRequiredActions;
using KpiTracker.Application.Features.Submissions.GetGovernorateProgress;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Actions;

[Collection(SecondDatabaseGroup.Name)]
public sealed class RequireActionsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Once_required_the_progress_page_counts_the_red_indicators_without_an_action()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        var reds = await Fixture.WithDbAsync(db => (
            from r in db.ScoreRuns
            join i in db.ScoreRunIndicators on r.Id equals i.RunId
            where r.Year == 2024 && r.OrgUnitCode == "OM-BS" && r.IsLatest && i.Light == TrafficLight.Red
            select i.Code).CountAsync());

        var before = await ProgressAsync();
        using var require = await Client.PutAsJsonAsync(new Uri("/api/cycles/2024/actions/required", UriKind.Relative), new { required = true });
        var required = await ProgressAsync();
        await data.OpenAsync(data.Red);
        var oneOpened = await ProgressAsync();
        using var reviewerTries = await data.ReviewerClient.PutAsJsonAsync(new Uri("/api/cycles/2024/actions/required", UriKind.Relative), new { required = false });

        Assert.True(reds > 1);
        Assert.Null(before.MissingRequiredActions);
        Assert.Equal(HttpStatusCode.OK, require.StatusCode);
        Assert.Equal(reds, required.MissingRequiredActions);
        Assert.Equal(reds - 1, oneOpened.MissingRequiredActions);
        Assert.Equal(HttpStatusCode.Forbidden, reviewerTries.StatusCode);
    }

    [Fact]
    public async Task The_central_team_reads_the_requirement_and_each_scored_governorates_missing_count()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        using var require = await Client.PutAsJsonAsync(new Uri("/api/cycles/2024/actions/required", UriKind.Relative), new { required = true });

        var state = (await Client.GetFromJsonAsync<RequiredActionsStateDto>(new Uri("/api/cycles/2024/actions/required", UriKind.Relative)))!;
        var progress = await ProgressAsync();
        using var reviewer = await data.ReviewerClient.GetAsync(new Uri("/api/cycles/2024/actions/required", UriKind.Relative));
        using var unknown = await Client.GetAsync(new Uri("/api/cycles/1999/actions/required", UriKind.Relative));

        Assert.True(state.Required);
        Assert.Equal(progress.MissingRequiredActions, state.Missing["OM-BS"]);
        Assert.Equal(11, state.Missing.Count);
        Assert.Equal(HttpStatusCode.Forbidden, reviewer.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task An_unknown_cycle_is_404()
    {
        using var response = await Client.PutAsJsonAsync(new Uri("/api/cycles/1999/actions/required", UriKind.Relative), new { required = true });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<GovernorateProgressDto> ProgressAsync() =>
        (await Client.GetFromJsonAsync<GovernorateProgressDto>(new Uri("/api/cycles/2024/governorates/OM-BS/progress", UriKind.Relative)))!;
}
