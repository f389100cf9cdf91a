namespace KpiTracker.Application.Features.Commitments.ProposeCommitments;

internal static class ProposeCommitmentsEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapPost("/{year:int}/commitments/{governorate}", async (int year, string governorate, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<ProposalRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(new ProposeCommitmentsCommand(year, governorate, body!.Rows), ct)).ToHttp();
            })
            .WithName("ProposeCommitments")
            .WithSummary("Governorate reviewer: proposes next-cycle commitments, one row per indicator (all or none); answers the commitments changed, with their flags. 409 once the next cycle has opened.")
            .Accepts<ProposalRequest>("application/json")
            .Produces<IReadOnlyList<CommitmentDto>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    internal sealed record ProposalRequest(IReadOnlyList<ProposalRow>? Rows);
}
