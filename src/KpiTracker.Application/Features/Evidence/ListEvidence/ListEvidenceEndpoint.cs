namespace KpiTracker.Application.Features.Evidence.ListEvidence;

internal static class ListEvidenceEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", async (int year, string governorate, string indicator, bool? all, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListEvidenceQuery(year, governorate, indicator, all ?? false), ct)).ToHttp())
            .WithName("ListEvidence")
            .WithSummary("The evidence files of the item's current revision (all=true: of every revision).")
            .Produces<IReadOnlyList<EvidenceDto>>();
}
