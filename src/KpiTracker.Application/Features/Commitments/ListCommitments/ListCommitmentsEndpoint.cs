using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Commitments.ListCommitments;

internal static class ListCommitmentsEndpoint
{
    public static void Map(RouteGroupBuilder cycles) =>
        cycles.MapGet("/{year:int}/commitments", async (int year, string? governorate, string? status, ISender sender, CancellationToken ct) =>
                status is not null && !Codes.TryParse<CommitmentStatus>(status, out _)
                    ? ResultHttp.Problem(AppError.Validation([new FieldError("status", "commitment.status.unknown", Messages.Get("commitment.status.unknown"))]))
                    : (await sender.Send(new ListCommitmentsQuery(year, governorate, status is null ? null : Codes.Parse<CommitmentStatus>(status)), ct)).ToHttp())
            .WithName("ListCommitments")
            .WithSummary("Central team: the commitments proposed from this cycle for the next, with their ambition checks; filter by governorate and status (proposed, returned, approved, locked).")
            .Produces<CommitmentListDto>()
            .ProducesValidationProblem();
}
