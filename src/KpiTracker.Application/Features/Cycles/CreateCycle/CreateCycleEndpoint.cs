namespace KpiTracker.Application.Features.Cycles.CreateCycle;

internal static class CreateCycleEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
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

    internal sealed record CreateRequest(int? Year, string? Edition, CalendarInput? Calendar);
}
