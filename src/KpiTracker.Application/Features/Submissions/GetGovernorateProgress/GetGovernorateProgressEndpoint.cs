namespace KpiTracker.Application.Features.Submissions.GetGovernorateProgress;

internal static class GetGovernorateProgressEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/cycles/{year:int}/governorates/{governorate}/progress", async (int year, string governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetGovernorateProgressQuery(year, governorate), ct)).ToHttp())
            .RequireAuthorization()
            .WithTags("Submissions")
            .WithName("GetGovernorateProgress")
            .WithSummary("One governorate's items counted per state, its data quality components now (completeness, timeliness, first-pass acceptance, evidence reviewed, items without open flags; each 0–100, higher is better) and its latest run's DQI; for its reviewer, the central team and auditors.")
            .Produces<GovernorateProgressDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
