namespace KpiTracker.Application.Features.Submissions.AcceptSubmission;

internal static class AcceptSubmissionEndpoint
{
    public static void Map(RouteGroupBuilder items) =>
        items.MapPost(SubmissionHttp.Item + "/accept", async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
                // The body is optional: without one (as before the recommendation existed) the value is accepted without a recommendation.
                request.ContentLength is null or 0 && !request.HasJsonContentType()
                    ? await SubmissionHttp.ActAsync(request, version => sender.Send(new AcceptSubmissionCommand(year, governorate, indicator, version), ct))
                    : await SubmissionHttp.ActAsync<AcceptRequest>(request, (version, body) => sender.Send(new AcceptSubmissionCommand(year, governorate, indicator, version, body.Recommendation), ct), ct))
            .WithName("AcceptSubmission")
            .WithSummary("Governorate reviewer: accepts a submitted value; an optional JSON body {\"recommendation\": \"…\"} keeps a recommendation on the revision." + SubmissionHttp.ActionNote)
            .Accepts<AcceptRequest>("application/json")
            .ProducesActionResponses();

    internal sealed record AcceptRequest(string? Recommendation);
}
