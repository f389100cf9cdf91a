namespace KpiTracker.Application.Features.Actions.OpenAction;

internal static class OpenActionEndpoint
{
    public static void Map(RouteGroupBuilder actions) =>
        actions.MapPost("/", async (string governorate, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<OpenActionRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(new OpenActionCommand(governorate, body!.Year ?? 0, body.Indicator, body.Title, body.Description, body.Responsible, body.DueDate, body.Expected), ct)).ToHttp();
            })
            .WithName("OpenAction")
            .WithSummary("Reviewer: opens an improvement action on a weak indicator of a scored cycle. Accepts Idempotency-Key.")
            .Accepts<OpenActionRequest>("application/json")
            .Produces<ActionDto>()
            .ProducesValidationProblem();

    internal sealed record OpenActionRequest(int? Year, string? Indicator, string? Title, string? Description, string? Responsible, DateOnly? DueDate, decimal? Expected);
}
