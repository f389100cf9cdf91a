namespace KpiTracker.Application.Features.Submissions.GetSubmission;

internal static class GetSubmissionEndpoint
{
    public static void Map(RouteGroupBuilder items) =>
        items.MapGet(SubmissionHttp.Item, async (int year, string governorate, string indicator, HttpResponse response, ISender sender, CancellationToken ct) =>
                SubmissionHttp.Respond(response, await sender.Send(new GetSubmissionQuery(year, governorate, indicator), ct)))
            .WithName("GetSubmission")
            .WithSummary("One item with its current revision, warnings and the caller's actions; the ETag is its version.")
            .Produces<SubmissionDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
