using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Actions;
using KpiTracker.Domain.Improvement;
using KpiTracker.IntegrationTests.Features.Evidence;
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
        var file = await data.AttachAsync(1);
        var done = await MoveAsync(data, new { status = "done" });
        using var again = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(tail: "/1/status"), new { status = "in_progress" });

        Assert.Equal((ActionStatus.InProgress, "Trainers hired"), (started.Status, started.ProgressNote));
        Assert.Equal(ActionStatus.Done, done.Status);
        Assert.Equal(file.Id, Assert.Single(done.Evidence).Id);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        // Opened, started, its evidence count on the upload, done.
        Assert.Equal(4, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == "improvement_action")));
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == "action_evidence")));
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

    [Theory]
    [InlineData("en", "Attach at least one evidence file of the action's completion before marking it done.")]
    [InlineData("ar", "أرفق ملف دليل واحدًا على الأقل على إنجاز الإجراء قبل أن تجعل حالته «منجز».")]
    public async Task Done_without_evidence_is_a_field_error_in_the_callers_language_and_changes_nothing(string language, string message)
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        using var reviewer = await Fixture.Users.ClientForAsync(data.Reviewer, language);

        using var refused = await reviewer.PostAsJsonAsync(ActionData.Actions(tail: "/1/status"), new { status = "done", note = "All trained" });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var action = await Fixture.WithDbAsync(db => db.ImprovementActions.AsNoTracking().SingleAsync());

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("action.done.evidence_required", problem.GetProperty("fieldCodes").GetProperty("evidence")[0].GetString());
        Assert.Equal(message, problem.GetProperty("errors").GetProperty("evidence")[0].GetString());
        Assert.Equal((ActionStatus.Planned, null), (action.Status, action.ProgressNote));
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Entity == "improvement_action")));
    }

    [Fact]
    public async Task A_done_action_keeps_its_evidence_no_file_is_added_or_removed()
    {
        var data = await ActionData.ArrangeAsync(Fixture);
        await data.OpenAsync(data.Red);
        var file = await data.AttachAsync(1);
        var done = await MoveAsync(data, new { status = "done" });

        using var added = await ActionData.UploadAsync(data.ReviewerClient, 1, "late.pdf", EvidenceSamples.Pdf());
        using var removed = await data.ReviewerClient.DeleteAsync(ActionData.Actions(tail: $"/1/evidence/{file.Id}"));

        Assert.Equal(ActionStatus.Done, done.Status);
        Assert.Equal(HttpStatusCode.Conflict, added.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, removed.StatusCode);
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.ActionEvidenceFiles.CountAsync()));
    }

    private static async Task<ActionDto> MoveAsync(ActionData data, object body)
    {
        using var response = await data.ReviewerClient.PostAsJsonAsync(ActionData.Actions(tail: "/1/status"), body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ActionDto>())!;
    }
}
