using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Commitments;

/// <summary>What the commitment slices, the cycle opening and other areas share about commitments.</summary>
internal static class Commitments
{
    /// <summary>
    /// The value a governorate committed to for an indicator in the cycle of <paramref name="year"/>: the approved (or locked)
    /// one, else the one proposed; null when there is none or it was returned. For the improvement actions' expected value.
    /// </summary>
    public static async Task<decimal?> ApprovedOrProposedValueAsync(AppDbContext db, int year, string orgUnitCode, string indicatorCode, CancellationToken cancellationToken) =>
        await db.Commitments.AsNoTracking()
            .Where(c => c.Year == year && c.OrgUnitCode == orgUnitCode && c.IndicatorCode == indicatorCode && c.Status != CommitmentStatus.Returned)
            .Select(c => (decimal?)c.Value)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>Locks the approved commitments for the cycle that opens, in the opening's transaction; returns how many.</summary>
    public static async Task<int> LockAtOpeningAsync(AppDbContext db, int year, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var approved = await db.Commitments.Where(c => c.Year == year && c.Status == CommitmentStatus.Approved).ToListAsync(cancellationToken);
        return approved.Count(c => c.LockAtOpening(now));
    }

    /// <summary>Whether commitments for the cycle of <paramref name="forYear"/> may still change: that cycle has not opened.</summary>
    public static async Task<bool> OpenAsync(AppDbContext db, int forYear, CancellationToken cancellationToken) =>
        !await db.Cycles.AnyAsync(c => c.Year == forYear && c.Status != CycleStatus.Planned, cancellationToken);

    public static CommitmentDto ToDto(Commitment c, AmbitionCheck? check) => new(
        c.Year, c.OrgUnitCode, c.IndicatorCode, c.Value, c.Status, c.ReturnReason, c.ProposedBy, c.ProposedAt, c.DecidedBy, c.DecidedAt, c.LockedAt,
        check?.IsUnambitious(c.Value) ?? false, check?.IsOutOfReach(c.Value) ?? false);

    /// <summary>A state conflict (locked, nothing to decide) as 409, input problems as 400 by field.</summary>
    public static AppError Error(IReadOnlyList<RuleViolation> violations) =>
        violations.FirstOrDefault(v => v.Field.Length == 0) is { } conflict
            ? AppError.Conflict(conflict.Code, conflict.Args)
            : AppError.Validation([.. violations.Select(v => new FieldError(v.Field, v.Code, Messages.Get(v.Code, v.Args)))]);

    /// <summary>In-app notices, added to the change being saved: to the central team on a proposal, to the proposer on a decision.</summary>
    public static async Task NotifyAsync(AppDbContext db, ICurrentUser user, Commitment commitment, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recipients = kind == NotificationKind.CommitmentProposed
            ? await db.Assignments.Where(a => a.Role == Role.CentralTeam && db.Users.Any(u => u.Id == a.UserId && u.IsActive))
                .Select(a => a.UserId).Distinct().ToListAsync(cancellationToken)
            : commitment.ProposedById is { } proposer ? [proposer] : [];
        foreach (var recipient in recipients.Where(r => r != user.UserId))
        {
            db.Notifications.Add(Notification.About(recipient, kind, commitment.Year, commitment.OrgUnitCode, commitment.IndicatorCode, user.UserName, now));
        }
    }
}
