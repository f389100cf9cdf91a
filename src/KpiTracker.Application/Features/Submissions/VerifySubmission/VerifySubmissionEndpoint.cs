namespace KpiTracker.Application.Features.Submissions.VerifySubmission;

internal static class VerifySubmissionEndpoint
{
    public static void Map(RouteGroupBuilder items) =>
        items.MapPost(SubmissionHttp.Item + "/verify", async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
                await SubmissionHttp.ActAsync(request, version => sender.Send(new VerifySubmissionCommand(year, governorate, indicator, version), ct)))
            .WithName("VerifySubmission")
            .WithSummary("Central team: verifies an accepted value." + SubmissionHttp.ActionNote)
            .ProducesActionResponses();
}
