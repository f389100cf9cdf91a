using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Commitments.ProposeCommitments;

/// <summary>One row of a proposal: an indicator and the value committed to (a row without a value proposes nothing).</summary>
public sealed record ProposalRow(string? Indicator, decimal? Value);

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
    public async ValueTask<Result<IReadOnlyList<CommitmentDto>>> Handle(ProposeCommitmentsCommand command, CancellationToken cancellationToken)
    {
        var (scope, error) = await CommitmentScope.LoadAsync(db, command.Year, command.Governorate, cancellationToken);
        if (scope is null)
        {
            return error!;
        }

        var forYear = command.Year + 1;
        if (!await Commitments.OpenAsync(db, forYear, cancellationToken))
        {
            return AppError.Conflict("commitment.locked", forYear);
        }

        var rows = command.Rows!.Select((r, n) => (Row: r, Field: $"rows[{n}]")).Where(r => r.Row.Value is not null).ToList();
        var problems = rows.SelectMany(r => scope.Find(r.Row.Indicator ?? "") is { } indicator
            ? Commitment.CheckValue(indicator, r.Row.Value!.Value, r.Field + ".value")
            : [new RuleViolation(r.Field + ".indicator", "indicator.not_found")]).ToList();
        if (problems.Count > 0)
        {
            return Commitments.Error(problems);
        }

        var codes = rows.Select(r => r.Row.Indicator!).ToList();
        var existing = await db.Commitments.Where(c => c.Year == forYear && c.OrgUnitCode == command.Governorate && codes.Contains(c.IndicatorCode))
            .ToDictionaryAsync(c => c.IndicatorCode, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow();
        var actor = user.UserName ?? "";
        var changed = new List<Commitment>();
        foreach (var (row, _) in rows)
        {
            var indicator = scope.Find(row.Indicator!)!;
            if (!existing.TryGetValue(indicator.Code, out var commitment))
            {
                commitment = Commitment.Propose(forYear, command.Governorate, indicator, row.Value!.Value, user.UserId, actor, now);
                db.Commitments.Add(commitment);
            }
            else if (commitment.Value == row.Value && commitment.Status is CommitmentStatus.Proposed or CommitmentStatus.Approved)
            {
                continue;
            }
            else if (commitment.Repropose(indicator, row.Value!.Value, user.UserId, actor, now) is { Count: > 0 } broken)
            {
                return Commitments.Error(broken);
            }

            changed.Add(commitment);
            await Commitments.NotifyAsync(db, user, commitment, NotificationKind.CommitmentProposed, now, cancellationToken);
        }

        var checks = await AmbitionChecks.ForAsync(db, editions, command.Year, command.Governorate, [.. changed.Select(c => scope.Find(c.IndicatorCode)!)], cancellationToken);
        return Result<IReadOnlyList<CommitmentDto>>.Success([.. changed.Select(c => Commitments.ToDto(c, checks[c.IndicatorCode]))]);
    }
}
