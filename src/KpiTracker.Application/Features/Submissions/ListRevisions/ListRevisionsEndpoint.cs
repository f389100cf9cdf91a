namespace KpiTracker.Application.Features.Submissions.ListRevisions;

internal static class ListRevisionsEndpoint
{
    public static void Map(RouteGroupBuilder items) =>
        items.MapGet(SubmissionHttp.Item + "/revisions", async (int year, string governorate, string indicator, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListRevisionsQuery(year, governorate, indicator), ct)).ToHttp())
            .WithName("ListRevisions")
            .WithSummary("Every revision of the item, newest first, with its workflow history.")
            .Produces<IReadOnlyList<RevisionDto>>();
}
