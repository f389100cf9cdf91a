namespace KpiTracker.Application.Features.Submissions.AcceptSubmission;

internal static class AcceptSubmissionEndpoint
{
    public static void Map(RouteGroupBuilder items) =>
        items.MapPost(SubmissionHttp.Item + "/accept", async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
                await SubmissionHttp.ActAsync(request, version => sender.Send(new AcceptSubmissionCommand(year, governorate, indicator, version), ct)))
            .WithName("AcceptSubmission")
            .WithSummary("Governorate reviewer: accepts a submitted value." + SubmissionHttp.ActionNote)
            .ProducesActionResponses();
}
