using KpiTracker.Application.Data.Scoring;
using KpiTracker.Domain.Improvement;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Actions;

/// <summary>
/// Reads a governorate's actions for the list, the scorecard's improvement plan and the PDF. Each action's effect is measured
/// on the latest run of the cycle it is due in, with the bounds that run scored the indicator on (range when it has a target
/// band; down when its lower bound is above its target), so the list shows what the run's loop score was computed from.
/// </summary>
internal static class ActionReads
{
    public static async Task<List<ActionDto>> ListAsync(AppDbContext db, string governorate, ActionFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var query = db.ImprovementActions.AsNoTracking().Where(a => a.OrgUnitCode == governorate);
        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == status);
        }

        if (filter.Indicator is { Length: > 0 } indicator)
        {
            query = query.Where(a => a.IndicatorCode == indicator);
        }

        if (filter.OverdueOnly)
        {
            query = query.Where(a => (a.Status == ActionStatus.Planned || a.Status == ActionStatus.InProgress) && a.DueDate < today);
        }

        var rows = await (from a in query
                          join u in db.Users on a.ResponsibleUserId equals u.Id
                          orderby a.DueDate, a.Number
                          select new { Action = a, u.UserName, u.DisplayName })
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var names = await IndicatorNamesAsync(db, [.. rows.Select(r => r.Action.CycleId).Distinct()], cancellationToken);
        var dueYears = rows.Select(r => r.Action.DueDate.Year).Distinct().ToList();
        var runs = await db.ScoreRuns.AsNoTracking()
            .Where(r => r.OrgUnitCode == governorate && r.IsLatest && dueYears.Contains(r.Year))
            .Select(r => new { r.Id, r.Year })
            .ToListAsync(cancellationToken);
        var runIds = runs.Select(r => r.Id).ToList();
        var codes = rows.Select(r => r.Action.IndicatorCode).Distinct().ToList();
        var evidence = await EvidenceAsync(db, [.. rows.Select(r => r.Action.Id)], cancellationToken);
        var values = (await db.ScoreRunIndicators.AsNoTracking().Where(i => runIds.Contains(i.RunId) && codes.Contains(i.Code)).ToListAsync(cancellationToken))
            .ToDictionary(i => (runs.First(r => r.Id == i.RunId).Year, i.Code));

        return [.. rows.Select(r =>
        {
            var a = r.Action;
            var measured = runs.Any(run => run.Year == a.DueDate.Year) && LoopScore.IsDue(a.Year, a.Status, a.DueDate, a.DueDate.Year);
            var row = measured ? values.GetValueOrDefault((a.DueDate.Year, a.IndicatorCode)) : null;
            var effect = row is null ? ActionEffect.NotMeasurable : Measure(row, a);
            var (nameAr, nameEn) = names.GetValueOrDefault((a.CycleId, a.IndicatorCode), (a.IndicatorCode, a.IndicatorCode));
            return new ActionDto(
                a.OrgUnitCode, a.Number, a.Year, a.IndicatorCode, nameAr, nameEn, a.Title, a.Description, r.UserName ?? "", r.DisplayName,
                a.DueDate, a.Baseline, a.Expected, a.Status, a.DropReason, a.ProgressNote, a.IsOverdue(today), a.DueDate.Year, measured,
                row?.Status == IndicatorStatus.Value ? row.Value : null, effect.Effect, effect.Realisation)
            {
                Evidence = evidence[a.Id].ToList(),
            };
        })];
    }

    /// <summary>The evidence files of the given actions, in upload order.</summary>
    public static async Task<ILookup<Guid, ActionEvidenceDto>> EvidenceAsync(AppDbContext db, List<Guid> actionIds, CancellationToken cancellationToken) =>
        (await db.ActionEvidenceFiles.AsNoTracking()
            .Where(e => actionIds.Contains(e.ActionId))
            .OrderBy(e => e.UploadedAt).ThenBy(e => e.FileName)
            .Select(e => new { e.ActionId, Dto = new ActionEvidenceDto(e.Id, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedBy, e.UploadedAt) })
            .ToListAsync(cancellationToken))
        .ToLookup(e => e.ActionId, e => e.Dto);

    /// <summary>An action just opened or changed, before any run measured it, with its evidence files.</summary>
    public static ActionDto Unmeasured(ImprovementAction a, ResponsibleDto responsible, string nameAr, string nameEn, DateOnly today, IReadOnlyList<ActionEvidenceDto>? evidence = null) => new(
        a.OrgUnitCode, a.Number, a.Year, a.IndicatorCode, nameAr, nameEn, a.Title, a.Description, responsible.UserName, responsible.DisplayName,
        a.DueDate, a.Baseline, a.Expected, a.Status, a.DropReason, a.ProgressNote, a.IsOverdue(today), a.DueDate.Year, false, null, null, null)
    {
        Evidence = evidence ?? [],
    };

    private static ActionEffect Measure(ScoreRunIndicator row, ImprovementAction action)
    {
        var range = row is { TargetHigh: { } high, Lower: { } lo, Target: { } t, Upper: { } up } ? new RangeBounds(lo, t, high, up) : null;
        var direction = range is not null ? IndicatorDirection.Range : row.Lower > row.Target ? IndicatorDirection.Down : IndicatorDirection.Up;
        return ActionEffect.Measure(direction, range, action.Baseline, action.Expected, row.Status == IndicatorStatus.Value ? row.Value : null);
    }

    private static async Task<Dictionary<(Guid CycleId, string Code), (string NameAr, string NameEn)>> IndicatorNamesAsync(AppDbContext db, List<Guid> cycleIds, CancellationToken cancellationToken) =>
        (await (from c in db.Cycles.AsNoTracking()
                join cr in db.Criteria on c.EditionId equals cr.EditionId
                join i in db.Indicators on cr.Id equals i.CriterionId
                where cycleIds.Contains(c.Id)
                select new { CycleId = c.Id, i.Code, i.NameAr, i.NameEn })
            .ToListAsync(cancellationToken))
        .ToDictionary(x => (x.CycleId, x.Code), x => (x.NameAr, x.NameEn));
}
