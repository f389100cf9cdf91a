using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Features.Commitments.DecideCommitment;

/// <summary>
/// The central team approves a proposed commitment, or returns it (or withdraws an approval) with a reason, until the cycle it
/// is for opens (then 409 <c>commitment.locked</c>). The proposer is notified. <see cref="Year"/> is the cycle it was proposed from.
/// </summary>
public sealed record DecideCommitmentCommand(int Year, string Governorate, string Indicator, bool Approve, string? Reason)
    : ICommand<Result<CommitmentDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CommitmentDecide, Governorate, Indicator);
}

internal sealed class DecideCommitmentValidator : AbstractValidator<DecideCommitmentCommand>
{
    public DecideCommitmentValidator()
    {
        RuleFor(c => c.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).When(c => !c.Approve)
            .WithErrorCode("commitment.reason.required").WithMessage(_ => Messages.Get("commitment.reason.required"));
        RuleFor(c => c.Reason).ValidReason();
    }
}

internal sealed class DecideCommitmentHandler(AppDbContext db, EditionModels editions, ICurrentUser user, AuditContext audit, TimeProvider clock)
    : ICommandHandler<DecideCommitmentCommand, Result<CommitmentDto>>
{
    public async ValueTask<Result<CommitmentDto>> Handle(DecideCommitmentCommand command, CancellationToken cancellationToken)
    {
        var (scope, error) = await CommitmentScope.LoadAsync(db, command.Year, command.Governorate, cancellationToken);
        if (scope is null)
        {
            return error!;
        }

        var forYear = command.Year + 1;
        var commitment = await db.Commitments.FirstOrDefaultAsync(
            c => c.Year == forYear && c.OrgUnitCode == command.Governorate && c.IndicatorCode == command.Indicator, cancellationToken);
        if (commitment is null || scope.Find(command.Indicator) is not { } indicator)
        {
            return AppError.NotFound("commitment.not_found");
        }

        if (!await Commitments.OpenAsync(db, forYear, cancellationToken))
        {
            return AppError.Conflict("commitment.locked", forYear);
        }

        var now = clock.GetUtcNow();
        var actor = user.UserName ?? "";
        audit.Reason = command.Approve ? null : command.Reason!.Trim();
        var broken = command.Approve ? commitment.Approve(actor, now) : commitment.Return(command.Reason!, actor, now);
        if (broken.Count > 0)
        {
            return Commitments.Error(broken);
        }

        await Commitments.NotifyAsync(db, user, commitment, command.Approve ? NotificationKind.CommitmentApproved : NotificationKind.CommitmentReturned, now, cancellationToken);
        var check = await AmbitionChecks.ForOneAsync(db, editions, command.Year, command.Governorate, indicator, cancellationToken);
        return Commitments.ToDto(commitment, check);
    }
}
