namespace KpiTracker.Application.Features.Actions.UpdateAction;

internal static class UpdateActionEndpoint
{
    public static void Map(RouteGroupBuilder actions) =>
        actions.MapPost("/{number:int}/status", async (string governorate, int number, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<UpdateActionRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(new UpdateActionCommand(governorate, number, body!.Status, body.Note), ct)).ToHttp();
            })
            .WithName("UpdateAction")
            .WithSummary("Reviewer: moves an action to in_progress, done or dropped (a reason in note), or adds a progress note. Accepts Idempotency-Key.")
            .Accepts<UpdateActionRequest>("application/json")
            .Produces<ActionDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal sealed record UpdateActionRequest(string? Status, string? Note);
}
