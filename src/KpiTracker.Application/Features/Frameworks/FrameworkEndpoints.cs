using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Frameworks.GetEdition;
using KpiTracker.Application.Features.Frameworks.ListEditions;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Frameworks;

internal static class FrameworkEndpoints
{
    public static void MapFrameworks(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/frameworks").WithTags("Frameworks");

        group.MapGet("/", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new ListEditionsQuery(), ct)))
            .WithName("ListEditions")
            .WithSummary("Framework editions, newest first.")
            .AllowAnonymous();

        group.MapGet("/current", async (ISender sender, CancellationToken ct) => (await sender.Send(new GetEditionQuery(null), ct)).ToHttp())
            .WithName("GetCurrentEdition")
            .WithSummary("The latest published edition with its criteria and indicators.")
            .Produces<EditionDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();

        group.MapGet("/{code}", async (string code, ISender sender, CancellationToken ct) => (await sender.Send(new GetEditionQuery(code), ct)).ToHttp())
            .WithName("GetEdition")
            .WithSummary("One edition by its code, e.g. IIS-2024.")
            .Produces<EditionDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();
    }
}
