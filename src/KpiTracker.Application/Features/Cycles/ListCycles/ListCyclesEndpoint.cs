namespace KpiTracker.Application.Features.Cycles.ListCycles;

internal static class ListCyclesEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/", async (ISender sender, CancellationToken ct) => (await sender.Send(new ListCyclesQuery(), ct)).ToHttp())
            .WithName("ListCycles")
            .WithSummary("Every cycle, newest first, with its status, phase and calendar.")
            .Produces<IReadOnlyList<CycleSummaryDto>>();
}
