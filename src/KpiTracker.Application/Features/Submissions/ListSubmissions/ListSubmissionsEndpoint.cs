namespace KpiTracker.Application.Features.Submissions.ListSubmissions;

internal static class ListSubmissionsEndpoint
{
    public static void Map(RouteGroupBuilder items) =>
        items.MapGet("/", async (int year, string? governorate, string? state, string? indicator, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListSubmissionsQuery(year, governorate, state, indicator), ct)).ToHttp())
            .WithName("ListSubmissions")
            .WithSummary("The cycle's items in the caller's scope; filters: governorate, state, indicator.")
            .Produces<IReadOnlyList<SubmissionSummaryDto>>()
            .ProducesValidationProblem();
}
