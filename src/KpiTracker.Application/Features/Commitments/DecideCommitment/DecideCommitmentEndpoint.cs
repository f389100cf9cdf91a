namespace KpiTracker.Application.Features.Commitments.DecideCommitment;

internal static class DecideCommitmentEndpoint
{
    private const string Item = "/{year:int}/commitments/{governorate}/{indicator}";

    public static void Map(RouteGroupBuilder cycles)
    {
        cycles.MapPost(Item + "/approve", async (int year, string governorate, string indicator, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DecideCommitmentCommand(year, governorate, indicator, true, null), ct)).ToHttp())
            .WithName("ApproveCommitment")
            .WithSummary("Central team: approves a proposed commitment; it locks when the cycle it is for opens.")
            .Produces<CommitmentDto>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        cycles.MapPost(Item + "/return", async (int year, string governorate, string indicator, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<ReturnRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(new DecideCommitmentCommand(year, governorate, indicator, false, body!.Reason), ct)).ToHttp();
            })
            .WithName("ReturnCommitment")
            .WithSummary("Central team: returns a proposed (or approved, not yet locked) commitment to the governorate with a reason.")
            .Accepts<ReturnRequest>("application/json")
            .Produces<CommitmentDto>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record ReturnRequest(string? Reason);
}
