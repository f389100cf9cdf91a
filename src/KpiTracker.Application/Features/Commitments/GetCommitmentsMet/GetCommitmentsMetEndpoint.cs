namespace KpiTracker.Application.Features.Commitments.GetCommitmentsMet;

internal static class GetCommitmentsMetEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/{year:int}/commitments/{governorate}/met", async (int year, string governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetCommitmentsMetQuery(year, governorate), ct)).ToHttp())
            .WithName("GetCommitmentsMet")
            .WithSummary("For the scorecard of this cycle: each commitment the governorate locked for it, the value reported and whether it was met (yes, no, not_measurable), direction-aware.")
            .Produces<CommitmentsMetDto>();
}
