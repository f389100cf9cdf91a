using KpiTracker.Domain.Organisation;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// The ways a <c>score_requests</c> row is asked for, each one statement in the caller's transaction. A request is an upsert:
/// a burst of reasons to score one (cycle, governorate) leaves one row with a higher version.
/// </summary>
internal static class ScoreRequestRows
{
    /// <summary>A decision changed these pairs' inputs.</summary>
    public static Task<int> RequestAsync(DbContext db, IReadOnlyCollection<(Guid CycleId, string OrgUnitCode)> pairs, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cycleIds = pairs.Select(p => p.CycleId).ToArray();
        var codes = pairs.Select(p => p.OrgUnitCode).ToArray();
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO score_requests (cycle_id, org_unit_code, version, requested_at)
            SELECT u.cycle_id, u.code, 1, {now} FROM unnest({cycleIds}::uuid[], {codes}::text[]) AS u(cycle_id, code)
            ON CONFLICT (cycle_id, org_unit_code) DO UPDATE SET version = score_requests.version + 1, requested_at = excluded.requested_at
            """,
            cancellationToken);
    }

    /// <summary>
    /// New runs were written for these (year, governorate) pairs: the next year's runs of the same governorates read their
    /// scores for Δ and gap closure, so they are asked for again (when that cycle is open or closed). The drain scores them
    /// unforced, so a next year whose inputs did not change writes nothing and the chain stops there.
    /// </summary>
    public static Task<int> RequestNextYearAsync(DbContext db, IReadOnlyCollection<(int Year, string OrgUnitCode)> written, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (written.Count == 0)
        {
            return Task.FromResult(0);
        }

        var years = written.Select(p => p.Year + 1).ToArray();
        var codes = written.Select(p => p.OrgUnitCode).ToArray();
        var planned = CycleStatus.Planned.ToCode();
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO score_requests (cycle_id, org_unit_code, version, requested_at)
            SELECT DISTINCT c.id, u.code, 1, {now}::timestamptz FROM unnest({years}::integer[], {codes}::text[]) AS u(year, code)
            JOIN cycles c ON c.year = u.year AND c.status <> {planned}
            ON CONFLICT (cycle_id, org_unit_code) DO UPDATE SET version = score_requests.version + 1, requested_at = excluded.requested_at
            """,
            cancellationToken);
    }

    /// <summary>
    /// Every governorate of every open or closed cycle without a latest run (a fresh install after seeding, an import, a run
    /// deleted by hand) is asked for; pairs already waiting keep their row as it is.
    /// </summary>
    public static Task<int> RequestMissingAsync(DbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var planned = CycleStatus.Planned.ToCode();
        var governorate = OrgUnitKind.Governorate.ToCode();
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO score_requests (cycle_id, org_unit_code, version, requested_at)
            SELECT c.id, o.code, 1, {now} FROM cycles c CROSS JOIN org_units o
            WHERE c.status <> {planned} AND o.kind = {governorate}
              AND NOT EXISTS (SELECT 1 FROM score_runs r WHERE r.cycle_id = c.id AND r.org_unit_code = o.code AND r.is_latest)
            ON CONFLICT (cycle_id, org_unit_code) DO NOTHING
            """,
            cancellationToken);
    }
}
