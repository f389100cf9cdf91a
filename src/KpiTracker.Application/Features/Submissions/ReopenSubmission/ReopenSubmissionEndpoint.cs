namespace KpiTracker.Application.Features.Submissions.ReopenSubmission;

internal static class ReopenSubmissionEndpoint
{
    public static void Map(RouteGroupBuilder items) =>
        items.MapPost(SubmissionHttp.Item + "/reopen", async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
                await SubmissionHttp.ActAsync<ReasonRequest>(request, (version, body) => sender.Send(new ReopenSubmissionCommand(year, governorate, indicator, version, body.Reason), ct), ct))
            .WithName("ReopenSubmission")
            .WithSummary("Central team, after close: reopens a locked or missing item as a new revision, with a reason." + SubmissionHttp.ActionNote)
            .Accepts<ReasonRequest>("application/json")
            .ProducesActionResponses();
}
