using System.Text.Json;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Scoring.GetComparison;
using KpiTracker.Application.Features.Scoring.GetComparisonTrend;
using KpiTracker.Application.Features.Scoring.GetScorecard;
using KpiTracker.Application.Features.Scoring.GetTrend;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Application.Features.Scoring.ScoreCycles;
using KpiTracker.Application.Features.Scoring.WhatIf;
using KpiTracker.Domain.Collection;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Scoring;

internal static class ScoringEndpoints
{
    public static void MapScoring(this IEndpointRouteBuilder api)
    {
        var cycles = api.MapGroup("/cycles/{year:int}").WithTags("Scoring").RequireAuthorization();

        cycles.MapGet("/scorecards/{governorate}", async (int year, string governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetScorecardQuery(year, governorate), ct)).ToHttp())
            .WithName("GetScorecard")
            .WithSummary("A governorate's latest scorecard: overall, criteria, indicators with value, bounds, score, light, Δ, achievement, contributions and flags; coverage, DQI, rank and the run it came from.")
            .Produces<ScorecardDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        cycles.MapGet("/comparison", async (int year, ISender sender, CancellationToken ct) => (await sender.Send(new GetComparisonQuery(year), ct)).ToHttp())
            .WithName("GetComparison")
            .WithSummary("League table with rank and rank change, criteria × governorate matrix, each indicator across governorates with its median and flags.")
            .Produces<ComparisonDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        cycles.MapGet("/comparison/trend", async (int year, string? indicator, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetComparisonTrendQuery(year, indicator ?? ""), ct)).ToHttp())
            .WithName("GetComparisonTrend")
            .WithSummary("One indicator (?indicator=) of every governorate over the cycles up to this one: status, value and published score per cycle.")
            .Produces<ComparisonTrendDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        cycles.MapGet("/scorecards/{governorate}/what-if", async (int year, string governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new NextBandQuery(year, governorate), ct)).ToHttp())
            .WithName("GetNextBandPlan")
            .WithSummary("For each indicator, the value to enter (as the entry form accepts it) that alone would lift the published index to the next band, and its headroom: the points it adds by reaching its target.")
            .Produces<NextBandDto>();

        cycles.MapPost("/scorecards/{governorate}/what-if", async (int year, string governorate, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<WhatIfRequest>(request, ct);
                if (error is not null)
                {
                    return ResultHttp.Problem(error);
                }

                var (values, errors) = body!.Read();
                return errors.Count > 0
                    ? ResultHttp.Problem(AppError.Validation(errors))
                    : (await sender.Send(new WhatIfQuery(year, governorate, values), ct)).ToHttp();
            })
            .WithName("WhatIf")
            .WithSummary("The resulting index if the given indicators had these values (JSON numbers, refused as the entry form refuses them), with each indicator's headroom; computed, stored nowhere.")
            .Accepts<WhatIfRequest>("application/json")
            .Produces<WhatIfDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        cycles.MapPost("/score", async (int year, string? governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ScoreCycleCommand(year, governorate), ct)).ToHttp())
            .WithName("ScoreCycle")
            .WithSummary("Central team: scores the cycle now (every governorate, or ?governorate=) and stores a run for each.")
            .Produces<ScoreCycleResultDto>();

        api.MapPost("/cycles/score", async (int from, int to, string? governorate, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ScoreCyclesCommand(from, to, governorate), ct)).ToHttp())
            .RequireAuthorization()
            .WithTags("Scoring")
            .WithName("ScoreCycles")
            .WithSummary("Central team: scores every open or closed cycle from ?from= to ?to= in year order (every governorate, or ?governorate=), each table read once, and stores a run for each.")
            .Produces<ScoreCyclesResultDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/governorates/{code}/trend", async (string code, string? indicator, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetTrendQuery(code, indicator), ct)).ToHttp())
            .RequireAuthorization()
            .WithTags("Scoring")
            .WithName("GetTrend")
            .WithSummary("A governorate's overall index, or one indicator's value and score (?indicator=), over the cycles.")
            .Produces<TrendDto>();
    }

    /// <summary>
    /// The scenario as sent: indicator code → value. A value must be a JSON number and is read exactly, from its own text, by the
    /// entry form's reader (<see cref="DecimalInput"/>), so 1e400 or 0.1234567 get the entry form's answers; a string, null, true,
    /// an object or an array is refused on its field.
    /// </summary>
    internal sealed record WhatIfRequest(Dictionary<string, JsonElement>? Values)
    {
        public (Dictionary<string, decimal> Values, List<FieldError> Errors) Read()
        {
            var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
            var errors = new List<FieldError>();
            foreach (var (code, element) in Values ?? [])
            {
                var field = $"values.{code}";
                if (element.ValueKind != JsonValueKind.Number)
                {
                    errors.Add(new FieldError(field, "type.number", Messages.Get("type.number")));
                }
                else if (DecimalInput.TryParse(element.GetRawText(), field, out var value) is { } broken)
                {
                    errors.Add(new FieldError(field, broken.Code, Messages.Get(broken.Code, broken.Args)));
                }
                else
                {
                    values[code] = value!.Value;
                }
            }

            return (values, errors);
        }
    }
}
