namespace KpiTracker.Application.Features.Submissions.DecideNotApplicable;

internal static class DecideNotApplicableEndpoint
{
    public static void Map(RouteGroupBuilder items) =>
        items.MapPost(SubmissionHttp.Item + "/grant-na", async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
                await SubmissionHttp.ActAsync<DecisionRequest>(request, (version, body) => sender.Send(new DecideNotApplicableCommand(year, governorate, indicator, version, body.Grant ?? true, body.Reason), ct), ct))
            .WithName("DecideNotApplicable")
            .WithSummary("Central team: grants (grant: true) or refuses (grant: false, with a reason) a not-applicable request." + SubmissionHttp.ActionNote)
            .Accepts<DecisionRequest>("application/json")
            .ProducesActionResponses();

    internal sealed record DecisionRequest(bool? Grant, string? Reason);
}
