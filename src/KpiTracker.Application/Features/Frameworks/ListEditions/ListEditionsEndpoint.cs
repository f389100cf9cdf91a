namespace KpiTracker.Application.Features.Frameworks.ListEditions;

internal static class ListEditionsEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (ISender sender, CancellationToken ct) => (await sender.Send(new ListEditionsQuery(), ct)).ToHttp())
            .WithName("ListEditions")
            .WithSummary("Framework editions, newest first (drafts only for the central team).")
            .Produces<IReadOnlyList<EditionSummaryDto>>();
}
