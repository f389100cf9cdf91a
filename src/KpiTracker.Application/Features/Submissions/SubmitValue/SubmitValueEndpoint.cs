namespace KpiTracker.Application.Features.Submissions.SubmitValue;

internal static class SubmitValueEndpoint
{
    public static void Map(RouteGroupBuilder items) =>
        items.MapPost(SubmissionHttp.Item + "/submit", async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
                await SubmissionHttp.ActAsync(request, version => sender.Send(new SubmitValueCommand(year, governorate, indicator, version), ct)))
            .WithName("SubmitValue")
            .WithSummary("Owner: submits the saved draft for review." + SubmissionHttp.ActionNote)
            .ProducesActionResponses();
}
