namespace KpiTracker.Application.Features.Scoring.ScoreCycles;

internal static class ScoreCyclesEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/cycles/score", async (int from, int to, string? governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ScoreCyclesCommand(from, to, governorate), ct)).ToHttp())
            .RequireAuthorization()
            .WithTags("Scoring")
            .WithName("ScoreCycles")
            .WithSummary("Central team: scores every open or closed cycle from ?from= to ?to= in year order (every governorate, or ?governorate=), each table read once, and stores a run for each.")
            .Produces<ScoreCyclesResultDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
