using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Features.Commitments.ProposeCommitments;

/// <summary>
/// The governorate reviewer proposes commitments for the cycle after <see cref="Year"/>, one indicator (from the scorecard) or
/// many (the table) at once: all rows are taken or none. A row that changes an approved commitment sends it back for approval;
/// once that cycle has opened nothing changes (409). The central team is notified of each proposal.
/// </summary>
public sealed record ProposeCommitmentsCommand(int Year, string Governorate, IReadOnlyList<ProposalRow>? Rows)
    : ICommand<Result<IReadOnlyList<CommitmentDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CommitmentPropose, Governorate);
}

internal sealed class ProposeCommitmentsValidator : AbstractValidator<ProposeCommitmentsCommand>
{
    public ProposeCommitmentsValidator() =>
        RuleFor(c => c.Rows).Must(r => r is { Count: > 0 } && r.Any(x => x.Value is not null))
            .WithErrorCode("commitment.rows.required").WithMessage(_ => Messages.Get("commitment.rows.required"));
}

internal sealed class ProposeCommitmentsHandler(AppDbContext db, EditionModels editions, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ProposeCommitmentsCommand, Result<IReadOnlyList<CommitmentDto>>>
{
    public async ValueTask<Result<IReadOnlyList<CommitmentDto>>> Handle(ProposeCommitmentsCommand command, CancellationToken cancellationToken) =>
        await CommitmentProposals.ProposeAsync(db, editions, user, clock.GetUtcNow(), command.Year, command.Governorate, command.Rows!, cancellationToken);
}
