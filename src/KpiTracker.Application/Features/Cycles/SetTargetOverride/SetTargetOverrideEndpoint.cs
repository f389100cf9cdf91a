namespace KpiTracker.Application.Features.Cycles.SetTargetOverride;

internal static class SetTargetOverrideEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
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

    internal sealed record TargetRequest(decimal? Lower, decimal? Target);
}
