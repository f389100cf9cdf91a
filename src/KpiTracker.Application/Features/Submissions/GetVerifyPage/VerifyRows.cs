using KpiTracker.Application.Data.Configurations;
using KpiTracker.Application.Features.Cycles;

namespace KpiTracker.Application.Features.Submissions.GetVerifyPage;

/// <summary>
/// The items of a cycle waiting for the central team and readable by the caller: not-applicable requests first, then the
/// accepted values; each group oldest waiting first, then in governorate and framework order.
/// </summary>
internal static class VerifyRows
{
    public static async Task<List<VerifyRow>> ReadAsync(AppDbContext db, ICurrentUser user, Cycle cycle, CancellationToken cancellationToken)
    {
        var rows = await db.Submissions.AsNoTracking()
            .Where(s => s.CycleId == cycle.Id && (s.State == SubmissionState.Accepted || s.NotApplicable == NotApplicableRequest.Requested))
            .Select(s => new
            {
                s.OrgUnitCode,
                s.IndicatorCode,
                s.State,
                s.NotApplicable,
                s.NotApplicableReason,
                s.AcceptedAt,
                Version = EF.Property<uint>(s, SubmissionConfiguration.Version),
                Revision = s.Revisions.Where(r => r.Number == s.CurrentRevision).Select(r => new { r.Value, r.EvidenceCount }).First(),
                Flags = db.SubmissionFlags.Where(f => f.SubmissionId == s.Id && f.Status == FlagStatus.Open).Select(f => f.Method).ToList(),
                RequestedAt = db.SubmissionEvents.Where(e => e.SubmissionId == s.Id && e.Action == "request_na").Max(e => (DateTimeOffset?)e.At),
                Previous = db.Submissions
                    .Where(p => p.Year == s.Year - 1 && p.OrgUnitCode == s.OrgUnitCode && p.IndicatorCode == s.IndicatorCode
                                && (p.State == SubmissionState.Accepted || p.State == SubmissionState.Verified || p.State == SubmissionState.Locked))
                    .SelectMany(p => p.Revisions.Where(r => r.Number == p.CurrentRevision).Select(r => r.Value))
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var readable = user.IsSystem ? null : (await user.GetGrantsAsync(cancellationToken)).Where(g => RolePermissions.Grants(g.Role, Permission.SubmissionRead)).ToList();
        var unitOrder = (await CycleQueries.AssessedUnitsAsync(db, cancellationToken)).Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i);
        var indicators = (await CycleIndicators.Of(db, cycle.EditionId)
                .Select(i => new { i.Code, i.Unit, Criterion = db.Criteria.Where(c => c.Id == i.CriterionId).Select(c => c.Order).First(), i.Order })
                .ToListAsync(cancellationToken))
            .OrderBy(i => i.Criterion).ThenBy(i => i.Order).Select((i, n) => (i.Code, i.Unit, Order: n)).ToDictionary(x => x.Code);
        return [
            .. rows
                .Where(r => readable is null || readable.Any(g => g.Covers(r.OrgUnitCode, r.IndicatorCode)))
                .Select(r => new VerifyRow(
                    r.OrgUnitCode,
                    r.IndicatorCode,
                    r.NotApplicable == NotApplicableRequest.Requested ? VerifyWork.DecideNa : VerifyWork.Verify,
                    r.State,
                    r.Version,
                    r.Revision.Value,
                    indicators.TryGetValue(r.IndicatorCode, out var indicator) ? indicator.Unit : IndicatorUnit.Count,
                    r.Previous,
                    [.. r.Flags.Order(StringComparer.Ordinal)],
                    r.Revision.EvidenceCount,
                    r.NotApplicable == NotApplicableRequest.Requested ? r.RequestedAt : r.AcceptedAt,
                    r.NotApplicable == NotApplicableRequest.Requested ? r.NotApplicableReason : null))
                .OrderBy(r => r.Work)
                .ThenBy(r => r.WaitingSince ?? DateTimeOffset.MaxValue)
                .ThenBy(r => unitOrder.GetValueOrDefault(r.Governorate, int.MaxValue)).ThenBy(r => r.Governorate, StringComparer.Ordinal)
                .ThenBy(r => indicators.TryGetValue(r.Indicator, out var i) ? i.Order : int.MaxValue),
        ];
    }
}
