using KpiTracker.Application.Features.Frameworks;

namespace KpiTracker.Application.Features.Scoring.GetScorecardPage;

/// <summary>
/// Everything the scorecard page shows in one read: the latest run's card, the governorate's names, the switchers' choices, the
/// edition's names and the next-band plan.
/// </summary>
public sealed record GetScorecardPageQuery(int Year, string Governorate) : IQuery<Result<ScorecardPageModel>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ScorecardRead, Governorate);
}

internal sealed class GetScorecardPageHandler(AppDbContext db, EditionModels editions, AccessChecker access, ICurrentUser user) : IQueryHandler<GetScorecardPageQuery, Result<ScorecardPageModel>>
{
    public async ValueTask<Result<ScorecardPageModel>> Handle(GetScorecardPageQuery query, CancellationToken cancellationToken)
    {
        // Planned once: the what-if panel shows the plan, and the card's narrative states it when the inputs are the run's.
        var current = await WhatIfInputs.CurrentPlanAsync(db, editions, query.Year, query.Governorate, cancellationToken);
        var card = await new Scorecards(db, editions, user).ReadAsync(query.Year, query.Governorate, current, cancellationToken);
        // Not yet scored (a planned cycle, or a run being computed) is a page that says why; anything else is not found.
        if (!card.IsSuccess && card.Error!.Code is not ("scorecard.cycle_not_open" or "scorecard.pending"))
        {
            return card.Error;
        }

        var editionId = await db.Cycles.AsNoTracking().Where(c => c.Year == query.Year).Select(c => c.EditionId).SingleAsync(cancellationToken);
        var edition = await editions.GetAsync(db, editionId, cancellationToken);
        var bands = await ScoringNames.BandsAsync(db, query.Year, cancellationToken);
        var indicators = edition.Criteria.SelectMany(c => edition.Indicators.Where(i => i.CriterionId == c.Id).OrderBy(i => i.Order))
            .Select(i => new NamedCode(i.Code, i.NameAr, i.NameEn));
        var governorates = await ScoringNames.GovernoratesAsync(db, cancellationToken);
        return new ScorecardPageModel(
            card.IsSuccess ? card.Value : null,
            card.Error?.Message,
            governorates.Single(g => g.Code == query.Governorate),
            await ScorecardSwitches.YearsAsync(db, query.Year, query.Governorate, cancellationToken),
            await ScorecardSwitches.ReadableAsync(governorates, access, cancellationToken),
            new TrafficLightsDto(edition.Framework.GreenThreshold, edition.Framework.AmberThreshold),
            bands,
            [.. indicators],
            current?.Plan);
    }
}
