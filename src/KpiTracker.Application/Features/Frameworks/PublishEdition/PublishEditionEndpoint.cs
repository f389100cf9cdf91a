namespace KpiTracker.Application.Features.Frameworks.PublishEdition;

internal static class PublishEditionEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{code}/publish", async (string code, ISender sender, CancellationToken ct) => (await sender.Send(new PublishEditionCommand(code), ct)).ToHttp())
            .WithName("PublishEdition")
            .WithSummary("Publishes a draft; a published edition never changes again.")
            .Produces<EditionDto>()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
