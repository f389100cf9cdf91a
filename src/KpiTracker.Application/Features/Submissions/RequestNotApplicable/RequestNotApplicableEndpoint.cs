namespace KpiTracker.Application.Features.Submissions.RequestNotApplicable;

internal static class RequestNotApplicableEndpoint
{
    public static void Map(RouteGroupBuilder items) =>
        items.MapPost(SubmissionHttp.Item + "/request-na", async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
                await SubmissionHttp.ActAsync<ReasonRequest>(request, (version, body) => sender.Send(new RequestNotApplicableCommand(year, governorate, indicator, version, body.Reason), ct), ct))
            .WithName("RequestNotApplicable")
            .WithSummary("Owner: asks for not applicable, with a reason." + SubmissionHttp.ActionNote)
            .Accepts<ReasonRequest>("application/json")
            .ProducesActionResponses();
}
