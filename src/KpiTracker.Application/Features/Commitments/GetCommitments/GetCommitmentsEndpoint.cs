namespace KpiTracker.Application.Features.Commitments.GetCommitments;

internal static class GetCommitmentsEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/{year:int}/commitments/{governorate}", async (int year, string governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetCommitmentsQuery(year, governorate), ct)).ToHttp())
            .WithName("GetCommitments")
            .WithSummary("A governorate's commitments for the next cycle: every indicator with its ambition check (current value, trend, national median and best, T, next-band value) and the commitment so far with its flags.")
            .Produces<CommitmentSheetDto>();
}
