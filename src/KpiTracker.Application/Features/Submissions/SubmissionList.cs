using KpiTracker.Application.Data.Configurations;
using KpiTracker.Application.Features.Cycles;

namespace KpiTracker.Application.Features.Submissions;

/// <summary>Which items of a cycle a list shows: one governorate, one state, one indicator, or all of them.</summary>
internal sealed record SubmissionFilter(string? Governorate = null, SubmissionState? State = null, string? Indicator = null);

/// <summary>
/// The items of a cycle the caller may read (owners their governorate's indicators, reviewers their governorate, the central
/// team and auditors all), by governorate and framework order: what the list endpoint answers and the work pages show.
/// </summary>
internal static class SubmissionList
{
    /// <summary>The items, or null when the cycle does not exist.</summary>
    public static async Task<IReadOnlyList<SubmissionSummaryDto>?> ReadAsync(
        AppDbContext db, ICurrentUser user, DateTimeOffset now, int year, SubmissionFilter filter, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Year == year, cancellationToken);
        if (cycle is null)
        {
            return null;
        }

        var items = db.Submissions.AsNoTracking().Where(s => s.CycleId == cycle.Id);
        if (!string.IsNullOrEmpty(filter.Governorate))
        {
            items = items.Where(s => s.OrgUnitCode == filter.Governorate);
        }

        if (!string.IsNullOrEmpty(filter.Indicator))
        {
            items = items.Where(s => s.IndicatorCode == filter.Indicator);
        }

        if (filter.State is { } state)
        {
            items = items.Where(s => s.State == state);
        }

        var rows = await items.Select(s => new
            {
                s.OrgUnitCode,
                s.IndicatorCode,
                s.State,
                s.FirstSubmittedAt,
                s.CurrentRevision,
                s.NotApplicable,
                s.ReturnReason,
                s.SubmittedAt,
                s.UpdatedAt,
                Version = EF.Property<uint>(s, SubmissionConfiguration.Version),
                Revision = s.Revisions.Where(r => r.Number == s.CurrentRevision).Select(r => new { r.Value, r.EvidenceCount }).First(),
                OpenFlags = db.SubmissionFlags.Count(f => f.SubmissionId == s.Id && f.Status == FlagStatus.Open),
            })
            .ToListAsync(cancellationToken);

        var readable = user.IsSystem ? null : (await user.GetGrantsAsync(cancellationToken)).Where(g => RolePermissions.Grants(g.Role, Permission.SubmissionRead)).ToList();
        var unitOrder = (await CycleQueries.AssessedUnitsAsync(db, cancellationToken)).Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i);
        var indicatorOrder = (await CycleIndicators.Of(db, cycle.EditionId)
                .Select(i => new { i.Code, Criterion = db.Criteria.Where(c => c.Id == i.CriterionId).Select(c => c.Order).First(), i.Order })
                .ToListAsync(cancellationToken))
            .OrderBy(i => i.Criterion).ThenBy(i => i.Order).Select((i, n) => (i.Code, n)).ToDictionary(x => x.Code, x => x.n);
        return [
            .. rows
                .Where(r => readable is null || readable.Any(g => g.Covers(r.OrgUnitCode, r.IndicatorCode)))
                .OrderBy(r => unitOrder.GetValueOrDefault(r.OrgUnitCode, int.MaxValue)).ThenBy(r => r.OrgUnitCode, StringComparer.Ordinal)
                .ThenBy(r => indicatorOrder.GetValueOrDefault(r.IndicatorCode, int.MaxValue))
                .Select(r => new SubmissionSummaryDto(
                    cycle.Year,
                    r.OrgUnitCode,
                    r.IndicatorCode,
                    r.State,
                    SubmissionReader.StatusOf(r.State, r.FirstSubmittedAt, cycle, now),
                    r.Version,
                    r.CurrentRevision,
                    r.Revision.Value,
                    r.Revision.EvidenceCount,
                    r.NotApplicable,
                    r.ReturnReason?.ToCode(),
                    r.SubmittedAt,
                    r.UpdatedAt,
                    r.OpenFlags)),
        ];
    }
}
