using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Actions;
using KpiTracker.Domain.Improvement;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Actions;

[Collection(SecondDatabaseGroup.Name)]
public sealed class UpdateActionTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Planned_to_in_progress_to_done_then_closed_each_change_audited()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);

        var started = await MoveAsync(data, new { status = "in_progress", note = "Trainers hired" });
        var done = await MoveAsync(data, new { status = "done" });
        using var again = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(tail: "/1/status"), new { status = "in_progress" });

        Assert.Equal((ActionStatus.InProgress, "Trainers hired"), (started.Status, started.ProgressNote));
        Assert.Equal(ActionStatus.Done, done.Status);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(3, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == "improvement_action")));
    }

    [Fact]
    public async Task Dropping_needs_a_reason_and_an_unknown_status_is_a_field_error()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);

        using var noReason = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(tail: "/1/status"), new { status = "dropped" });
        using var unknown = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(tail: "/1/status"), new { status = "paused" });
        var dropped = await MoveAsync(data, new { status = "dropped", note = "Budget withdrawn" });

        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal((ActionStatus.Dropped, "Budget withdrawn"), (dropped.Status, dropped.DropReason));
    }

    private static async Task<ActionDto> MoveAsync(ActionData data, object body)
    {
        using var response = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(tail: "/1/status"), body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ActionDto>())!;
    }
}
