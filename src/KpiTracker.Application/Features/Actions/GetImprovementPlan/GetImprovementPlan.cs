using System.Text.Json.Serialization;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Improvement;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Actions.GetImprovementPlan;

/// <summary>
/// The scorecard's improvement plan for a governorate in a cycle: the loop score its latest run stored (published, one decimal;
/// null when no action was due or none was measurable), the actions due in the cycle with their effects, the actions opened
/// in it, and the indicators an action may be opened on that have none yet (red and amber ones, and those of a criterion below
/// Established), for a reviewer to open one.
/// </summary>
public sealed record GetImprovementPlanQuery(int Year, string Governorate) : IQuery<Result<ImprovementPlanDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ActionRead, Governorate);
}

public sealed record ImprovementPlanDto(
    int Year,
    string Governorate,
    decimal? LoopScore,
    int LoopActions,
    IReadOnlyList<ActionDto> Due,
    IReadOnlyList<ActionDto> Opened,
    IReadOnlyList<WeakIndicatorDto> Weak);

/// <summary>
/// An indicator of the run an action may be opened on, without one opened on it in the cycle: a red or amber light, or a value in
/// a criterion whose published score is below the Established band (<see cref="WeakCriterion"/>, that criterion's code).
/// </summary>
public sealed record WeakIndicatorDto(
    string Code,
    string NameAr,
    string NameEn,
    [property: JsonConverter(typeof(CodeJsonConverter<TrafficLight>))] TrafficLight Light,
    decimal? Value,
    string? WeakCriterion = null);

internal sealed class GetImprovementPlanHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<GetImprovementPlanQuery, Result<ImprovementPlanDto>>
{
    public async ValueTask<Result<ImprovementPlanDto>> Handle(GetImprovementPlanQuery query, CancellationToken cancellationToken)
    {
        if (!(await ScoringScope.GovernoratesAsync(db, cancellationToken)).Contains(query.Governorate))
        {
            return AppError.NotFound("org_unit.not_found");
        }

        var all = await ActionReads.ListAsync(db, query.Governorate, new ActionFilter(), MuscatTime.Today(clock), cancellationToken);
        var run = await db.ScoreRuns.AsNoTracking()
            .Where(r => r.Year == query.Year && r.OrgUnitCode == query.Governorate && r.IsLatest)
            .Select(r => new { r.Id, r.CycleId, r.LoopScore, r.LoopActions })
            .FirstOrDefaultAsync(cancellationToken);
        var opened = all.Where(a => a.Year == query.Year).ToList();
        List<WeakIndicatorDto> weak = [];
        if (run is not null)
        {
            var covered = opened.Where(a => a.Status != ActionStatus.Dropped).Select(a => a.Indicator).ToHashSet(StringComparer.Ordinal);
            // A criterion below Established makes each of its indicators with a value a candidate, whatever its light.
            var established = (await ScoringNames.BandsAsync(db, query.Year, cancellationToken)).FirstOrDefault(b => b.Code == ActionCandidate.EstablishedBand);
            var weakCriteria = established is null ? [] : await db.ScoreRunCriteria.AsNoTracking()
                .Where(c => c.RunId == run.Id && c.PublishedScore != null && c.PublishedScore < established.MinScore)
                .Select(c => c.Code).ToListAsync(cancellationToken);
            weak = [.. (await (from i in db.ScoreRunIndicators.AsNoTracking()
                               join c in db.Cycles on run.CycleId equals c.Id
                               join cr in db.Criteria on c.EditionId equals cr.EditionId
                               join n in db.Indicators on cr.Id equals n.CriterionId
                               where i.RunId == run.Id && n.Code == i.Code
                                   && (i.Light == TrafficLight.Red || i.Light == TrafficLight.Amber || (weakCriteria.Contains(i.CriterionCode) && i.Status == IndicatorStatus.Value))
                               orderby i.Order
                               select new { i.Code, n.NameAr, n.NameEn, i.Light, i.Value, i.CriterionCode }).ToListAsync(cancellationToken))
                .Where(w => !covered.Contains(w.Code))
                .Select(w => new WeakIndicatorDto(w.Code, w.NameAr, w.NameEn, w.Light, w.Value,
                    w.Light is TrafficLight.Red or TrafficLight.Amber ? null : w.CriterionCode))];
        }

        return new ImprovementPlanDto(
            query.Year,
            query.Governorate,
            ScoreRounding.Publish(run?.LoopScore),
            run?.LoopActions ?? 0,
            [.. all.Where(a => a.DueYear == query.Year && a.Year < query.Year && a.Status != ActionStatus.Dropped)],
            opened,
            weak);
    }
}
