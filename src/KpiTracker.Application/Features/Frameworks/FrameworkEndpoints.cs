using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Frameworks.EditDraft;
using KpiTracker.Application.Features.Frameworks.GetEdition;
using KpiTracker.Application.Features.Frameworks.ImportFramework;
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
        var group = api.MapGroup("/frameworks").WithTags("Frameworks").RequireAuthorization();

        group.MapGet("/", async (ISender sender, CancellationToken ct) => (await sender.Send(new ListEditionsQuery(), ct)).ToHttp())
            .WithName("ListEditions")
            .WithSummary("Framework editions, newest first (drafts only for the central team).")
            .Produces<IReadOnlyList<EditionSummaryDto>>();

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

        group.MapPost("/{code}/clone", async (string code, CloneRequest body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new CloneEditionCommand(code, body.NewCode ?? "", body.NameAr, body.NameEn), ct))
                    .ToHttp(e => TypedResults.Created($"/api/frameworks/{e.Code}", e)))
            .WithName("CloneEdition")
            .WithSummary("Copies an edition into a new draft under a new code.")
            .Produces<EditionDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        group.MapPut("/{code}/criteria/{criterion}", async (string code, string criterion, CriterionRequest body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateCriterionCommand(code, criterion, body.NameAr ?? "", body.NameEn ?? "", body.Weight ?? 0), ct)).ToHttp())
            .WithName("UpdateCriterion")
            .WithSummary("Changes a draft's criterion names and weight.")
            .Produces<EditionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{code}/indicators/{indicator}", async (string code, string indicator, IndicatorRequest body, ISender sender, CancellationToken ct) =>
                (await sender.Send(
                    new UpdateIndicatorCommand(code, indicator, body.NameAr ?? "", body.NameEn ?? "", body.DefinitionAr, body.DefinitionEn, body.Lower, body.Target, body.Range,
                        body.Weight ?? 1, body.AllowedMin, body.AllowedMax, body.ExpectedMin, body.ExpectedMax, body.MinSurveySample),
                    ct)).ToHttp())
            .WithName("UpdateIndicator")
            .WithSummary("Changes a draft's indicator: names, definitions, L and T or range bounds, ranges, weight, sample size.")
            .Produces<EditionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{code}/publish", async (string code, ISender sender, CancellationToken ct) => (await sender.Send(new PublishEditionCommand(code), ct)).ToHttp())
            .WithName("PublishEdition")
            .WithSummary("Publishes a draft; a published edition never changes again.")
            .Produces<EditionDto>()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record CloneRequest(string? NewCode, string? NameAr, string? NameEn);

    internal sealed record CriterionRequest(string? NameAr, string? NameEn, decimal? Weight);

    internal sealed record IndicatorRequest(
        string? NameAr, string? NameEn, string? DefinitionAr, string? DefinitionEn, decimal? Lower, decimal? Target, RangeDto? Range,
        decimal? Weight, decimal? AllowedMin, decimal? AllowedMax, decimal? ExpectedMin, decimal? ExpectedMax, int? MinSurveySample);
}
