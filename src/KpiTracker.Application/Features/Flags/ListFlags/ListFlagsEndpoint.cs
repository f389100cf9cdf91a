namespace KpiTracker.Application.Features.Flags.ListFlags;

internal static class ListFlagsEndpoint
{
    public static void Map(RouteGroupBuilder flags) =>
        flags.MapGet("/flags", async (int year, string? governorate, string? status, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListFlagsQuery(year, governorate, status), ct)).ToHttp())
            .WithName("ListFlags")
            .WithSummary("Outlier flags of the cycle in the caller's scope; filters: governorate, status (open, confirmed, returned).")
            .Produces<IReadOnlyList<FlagDto>>()
            .ProducesValidationProblem();
}
