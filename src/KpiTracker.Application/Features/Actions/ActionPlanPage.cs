using KpiTracker.Domain.Improvement;
using KpiTracker.Reports.Documents;

namespace KpiTracker.Application.Features.Actions;

/// <summary>The scorecard PDF's improvement-plan page: the run's loop score and the actions opened in the cycle or due in it.</summary>
internal static class ActionPlanPage
{
    public static async Task<ImprovementPlanPage> BuildAsync(AppDbContext db, int year, string governorate, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actions = await ActionReads.ListAsync(db, governorate, new ActionFilter(), MuscatTime.Today(clock), cancellationToken);
        var loop = await db.ScoreRuns.AsNoTracking().Where(r => r.Year == year && r.OrgUnitCode == governorate && r.IsLatest)
            .Select(r => r.LoopScore).FirstOrDefaultAsync(cancellationToken);
        return new ImprovementPlanPage(
            loop,
            [.. actions.Where(a => a.Year == year || (a.DueYear == year && a.Year < year && a.Status != ActionStatus.Dropped))
                .OrderBy(a => a.Number)
                .Select(a => new PlanAction(a.Number, a.Title, a.Indicator, a.ResponsibleName, a.DueDate, a.Status, a.Baseline, a.Expected, a.Measured, a.Realisation))]);
    }
}
