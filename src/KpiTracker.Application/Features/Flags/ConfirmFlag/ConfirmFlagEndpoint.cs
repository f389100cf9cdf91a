namespace KpiTracker.Application.Features.Flags.ConfirmFlag;

internal static class ConfirmFlagEndpoint
{
    public static void Map(RouteGroupBuilder flags) =>
        flags.MapPost("/flags/{id:guid}/confirm", async (int year, Guid id, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<ConfirmRequest>(request, ct);
                return error is not null ? ResultHttp.Problem(error) : (await sender.Send(new ConfirmFlagCommand(year, id, body!.Reason), ct)).ToHttp();
            })
            .WithName("ConfirmFlag")
            .WithSummary("Reviewer: confirms a flagged value with a reason (to dispute it, return the item instead). Accepts Idempotency-Key.")
            .Accepts<ConfirmRequest>("application/json")
            .Produces<FlagDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal sealed record ConfirmRequest(string? Reason);
}
