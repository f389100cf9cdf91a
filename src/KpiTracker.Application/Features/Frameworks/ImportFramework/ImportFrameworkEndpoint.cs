namespace KpiTracker.Application.Features.Frameworks.ImportFramework;

internal static class ImportFrameworkEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/", async (HttpRequest request, bool? draft, ISender sender, CancellationToken ct) =>
            {
                using var reader = new StreamReader(request.Body);
                var content = await reader.ReadToEndAsync(ct);
                return (await sender.Send(new ImportFrameworkCommand(content, draft ?? true), ct))
                    .ToHttp(e => TypedResults.Created($"/api/frameworks/{e.Code}", e));
            })
            .WithName("ImportFramework")
            .WithSummary("Imports a framework definition file (docs/framework-format.md) as a new edition; a draft unless draft=false.")
            .Accepts<object>("application/json")
            .Produces<ImportedEdition>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
