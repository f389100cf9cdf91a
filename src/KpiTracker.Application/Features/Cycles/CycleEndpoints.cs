using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Cycles.CloseCycle;
using KpiTracker.Application.Features.Cycles.CreateCycle;
using KpiTracker.Application.Features.Cycles.GetCycle;
using KpiTracker.Application.Features.Cycles.ListCycles;
using KpiTracker.Application.Features.Cycles.OpenCycle;
using KpiTracker.Application.Features.Cycles.SetTargetOverride;
using KpiTracker.Application.Features.Cycles.UpdateCalendar;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Cycles;

internal static class CycleEndpoints
{
    public static void MapCycles(this IEndpointRouteBuilder api)
    {
        var cycles = api.MapGroup("/cycles").WithTags("Cycles").RequireAuthorization();

        cycles.MapGet("/", async (ISender sender, CancellationToken ct) => (await sender.Send(new ListCyclesQuery(), ct)).ToHttp())
            .WithName("ListCycles")
            .WithSummary("Every cycle, newest first, with its status, phase and calendar.")
            .Produces<IReadOnlyList<CycleSummaryDto>>();

        cycles.MapPost("/", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<CreateRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(new CreateCycleCommand(body!.Year ?? 0, body.Edition, body.Calendar), ct))
                        .ToHttp(c => TypedResults.Created($"/api/cycles/{c.Year}", c));
            })
            .WithName("CreateCycle")
            .WithSummary("Plans the cycle of an assessment year on a published edition; dates default to DOMAIN section 6 (1 Jan – 30 Apr of the next year).")
            .Accepts<CreateRequest>("application/json")
            .Produces<CycleDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

        cycles.MapGet("/{year:int}", async (int year, ISender sender, CancellationToken ct) => (await sender.Send(new GetCycleQuery(year), ct)).ToHttp())
            .WithName("GetCycle")
            .WithSummary("One cycle: Muscat dates and UTC instants of its calendar, status, phase and target overrides.")
            .Produces<CycleDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        cycles.MapPut("/{year:int}", async (int year, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<CalendarInput>(request, ct);
                return error is not null ? ResultHttp.Problem(error) : (await sender.Send(new UpdateCalendarCommand(year, body!), ct)).ToHttp();
            })
            .WithName("UpdateCycleCalendar")
            .WithSummary("Changes the dates of a cycle that has not opened; dates left out stay.")
            .Accepts<CalendarInput>("application/json")
            .Produces<CycleDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        cycles.MapPut("/{year:int}/targets/{governorate}/{indicator}", async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<TargetRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(new SetTargetOverrideCommand(year, governorate, indicator, body!.Lower, body.Target), ct)).ToHttp();
            })
            .WithName("SetTargetOverride")
            .WithSummary("Sets L and T of a count indicator for one governorate in this cycle.")
            .Accepts<TargetRequest>("application/json")
            .Produces<TargetOverrideDto>()
            .ProducesValidationProblem();

        cycles.MapPost("/{year:int}/open", async (int year, ISender sender, CancellationToken ct) => (await sender.Send(new OpenCycleCommand(year), ct)).ToHttp())
            .WithName("OpenCycle")
            .WithSummary("Opens a planned cycle: one draft item per governorate and indicator. Accepts Idempotency-Key.")
            .Produces<CycleDto>()
            .ProducesProblem(StatusCodes.Status409Conflict);

        cycles.MapPost("/{year:int}/close", async (int year, ISender sender, CancellationToken ct) => (await sender.Send(new CloseCycleCommand(year), ct)).ToHttp())
            .WithName("CloseCycle")
            .WithSummary("Closes an open cycle after expiry: accepted and verified values lock, the rest become missing, GOV-02 is computed. Accepts Idempotency-Key.")
            .Produces<CycleDto>()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record CreateRequest(int? Year, string? Edition, CalendarInput? Calendar);

    internal sealed record TargetRequest(decimal? Lower, decimal? Target);
}
