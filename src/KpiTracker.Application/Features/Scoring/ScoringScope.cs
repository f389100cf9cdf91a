using KpiTracker.Domain.Organisation;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>Reads the scoring slices share: cycles that can be scored, the governorates, and who may see unpublished numbers.</summary>
internal static class ScoringScope
{
    /// <summary>Every governorate, in their order.</summary>
    public static Task<List<string>> GovernoratesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.OrgUnits.AsNoTracking().Where(o => o.Kind == OrgUnitKind.Governorate).OrderBy(o => o.Order).Select(o => o.Code).ToListAsync(cancellationToken);

    /// <summary>An open or closed cycle (a planned one has nothing to score), or null.</summary>
    public static Task<Cycle?> ScorableCycleAsync(AppDbContext db, int year, CancellationToken cancellationToken) =>
        db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Year == year && c.Status != CycleStatus.Planned, cancellationToken);

    /// <summary>
    /// Provisional numbers of every governorate are for those who read scorecards everywhere (central team, viewers and auditors
    /// without a governorate scope); the others see a cycle's comparison once it is closed and its scores are final.
    /// </summary>
    public static async Task<bool> SeesUnpublishedAsync(ICurrentUser user, CancellationToken cancellationToken) =>
        user.IsSystem || (await user.GetGrantsAsync(cancellationToken)).Any(g => g.OrgUnitCode is null && RolePermissions.Grants(g.Role, Permission.ScorecardRead));

    /// <summary>
    /// Why a governorate-scoped reader gets no comparison of an open cycle (403): it exists, and is published when the cycle
    /// closes. Only a cycle that is not open or closed is answered as missing (404, <c>scoring.cycle_not_found</c>).
    /// </summary>
    public static AppError Unpublished(int year) => new(ErrorKind.Forbidden, "comparison.unpublished", Messages.Get("comparison.unpublished", year), []);
}
