using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Commitments;

/// <summary>One row of a proposal: an indicator and the value committed to (a row without a value proposes nothing).</summary>
public sealed record ProposalRow(string? Indicator, decimal? Value);

/// <summary>
/// Proposes a governorate's commitments for the cycle after <c>year</c>, all rows or none: each value checked by the domain
/// (field <c>rows[n].value</c>), an unchanged proposed or approved value left as it is, a changed approved one sent back for
/// approval, and the central team notified of each. Once that cycle has opened nothing changes (409). Shared by the table's
/// form and the commitments template.
/// </summary>
internal static class CommitmentProposals
{
    public static async Task<Result<IReadOnlyList<CommitmentDto>>> ProposeAsync(
        AppDbContext db, EditionModels editions, ICurrentUser user, DateTimeOffset now, int year, string governorate, IReadOnlyList<ProposalRow> rows, CancellationToken cancellationToken)
    {
        var (scope, error) = await CommitmentScope.LoadAsync(db, year, governorate, cancellationToken);
        if (scope is null)
        {
            return error!;
        }

        var forYear = year + 1;
        if (!await Commitments.OpenAsync(db, forYear, cancellationToken))
        {
            return AppError.Conflict("commitment.locked", forYear);
        }

        var filled = rows.Select((r, n) => (Row: r, Field: $"rows[{n}]")).Where(r => r.Row.Value is not null).ToList();
        var problems = filled.SelectMany(r => scope.Find(r.Row.Indicator ?? "") is { } indicator
            ? Commitment.CheckValue(indicator, r.Row.Value!.Value, r.Field + ".value")
            : [new RuleViolation(r.Field + ".indicator", "indicator.not_found")]).ToList();
        if (problems.Count > 0)
        {
            return Commitments.Error(problems);
        }

        var codes = filled.Select(r => r.Row.Indicator!).ToList();
        var existing = await db.Commitments.Where(c => c.Year == forYear && c.OrgUnitCode == governorate && codes.Contains(c.IndicatorCode))
            .ToDictionaryAsync(c => c.IndicatorCode, StringComparer.Ordinal, cancellationToken);
        var actor = user.UserName ?? "";
        var changed = new List<Commitment>();
        foreach (var (row, _) in filled)
        {
            var indicator = scope.Find(row.Indicator!)!;
            if (!existing.TryGetValue(indicator.Code, out var commitment))
            {
                commitment = Commitment.Propose(forYear, governorate, indicator, row.Value!.Value, user.UserId, actor, now);
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

        var checks = await AmbitionChecks.ForAsync(db, editions, year, governorate, [.. changed.Select(c => scope.Find(c.IndicatorCode)!)], cancellationToken);
        return Result<IReadOnlyList<CommitmentDto>>.Success([.. changed.Select(c => Commitments.ToDto(c, checks[c.IndicatorCode]))]);
    }
}
