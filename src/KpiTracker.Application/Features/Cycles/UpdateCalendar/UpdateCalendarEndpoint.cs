namespace KpiTracker.Application.Features.Cycles.UpdateCalendar;

internal static class UpdateCalendarEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
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
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
