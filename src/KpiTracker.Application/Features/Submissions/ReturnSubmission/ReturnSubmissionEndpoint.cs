namespace KpiTracker.Application.Features.Submissions.ReturnSubmission;

internal static class ReturnSubmissionEndpoint
{
    public static void Map(RouteGroupBuilder items) =>
        items.MapPost(SubmissionHttp.Item + "/return", async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
                await SubmissionHttp.ActAsync<ReturnRequest>(request, (version, body) => sender.Send(new ReturnSubmissionCommand(year, governorate, indicator, version, body.Reason, body.Text), ct), ct))
            .WithName("ReturnSubmission")
            .WithSummary("Reviewer (submitted) or central team (accepted, verified): returns the item with a reason code and text." + SubmissionHttp.ActionNote)
            .Accepts<ReturnRequest>("application/json")
            .ProducesActionResponses();

    internal sealed record ReturnRequest(string? Reason, string? Text);
}
