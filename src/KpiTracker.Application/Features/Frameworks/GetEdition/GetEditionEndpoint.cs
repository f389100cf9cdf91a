namespace KpiTracker.Application.Features.Frameworks.GetEdition;

internal static class GetEditionEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/current", async (ISender sender, CancellationToken ct) => (await sender.Send(new GetEditionQuery(null), ct)).ToHttp())
            .WithName("GetCurrentEdition")
            .WithSummary("The latest published edition with its criteria and indicators.")
            .Produces<EditionDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{code}", async (string code, ISender sender, CancellationToken ct) => (await sender.Send(new GetEditionQuery(code), ct)).ToHttp())
            .WithName("GetEdition")
            .WithSummary("One edition by its code, e.g. IIS-2024.")
            .Produces<EditionDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
