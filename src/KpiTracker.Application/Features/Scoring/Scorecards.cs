using KpiTracker.Application.Features.Commitments;
using KpiTracker.Domain.Scoring;
using static KpiTracker.Application.Features.Scoring.ScorecardReads;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// A governorate's scorecard in a cycle, from its latest run: what the JSON scorecard answers and the PDF draws. Whoever may
/// read it is the caller's business (each query states its access).
/// </summary>
internal sealed class Scorecards(AppDbContext db, EditionModels editions, ICurrentUser user)
{
    public Task<Result<ScorecardDto>> ReadAsync(int year, string governorate, CancellationToken cancellationToken) =>
        ReadAsync(year, governorate, null, cancellationToken);

    /// <summary>
    /// The card, given the next-band plan over the governorate's current inputs when the caller has it (<paramref name="current"/>,
    /// which the page's what-if panel computes): the narrative then does not plan again.
    /// </summary>
    public async Task<Result<ScorecardDto>> ReadAsync(int year, string governorate, CurrentPlan? current, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Year == year, cancellationToken);
        var governorates = await ScoringScope.GovernoratesAsync(db, cancellationToken);
        if (cycle is null || !governorates.Contains(governorate))
        {
            return AppError.NotFound("scorecard.not_found");
        }

        // A planned cycle has nothing to score yet; an open or closed one is scored by the jobs within a minute of any change.
        var run = cycle.Status == CycleStatus.Planned ? null : (await LatestRunsAsync(db, year, governorate, cancellationToken)).SingleOrDefault();
        if (run is null)
        {
            return AppError.NotFound(cycle.Status == CycleStatus.Planned ? "scorecard.cycle_not_open" : "scorecard.pending");
        }

        var edition = await editions.GetAsync(db, cycle.EditionId, cancellationToken);
        var criteria = edition.Criteria.ToDictionary(c => c.Code);
        var indicators = edition.Indicators.ToDictionary(i => i.Code);
        // A provisional rank is computed from every governorate's unpublished numbers: only those who may see them get it.
        var ranks = run.Kind == ScoreKind.Provisional && !await ScoringScope.SeesUnpublishedAsync(user, cancellationToken)
            ? new Dictionary<string, int?>()
            : await RanksAsync(db, year, governorates, cancellationToken);
        var flags = await OpenFlagsAsync(db, cycle.Id, governorate, cancellationToken);
        var medians = await CriterionMediansAsync(year, cancellationToken);
        var trend = await ScorecardTrends.ReadAsync(db, year, governorate, cancellationToken);
        var previous = await PreviousStatusesAsync(year, governorate, cancellationToken);

        // The weight that counted in each criterion, for each indicator's exact share of it (as the engine divided by it, unrounded,
        // so share × score is the contribution).
        var countedWeight = run.Indicators.Where(i => i.Counted).GroupBy(i => i.CriterionCode)
            .ToDictionary(g => g.Key, g => g.Sum(i => indicators[i.Code].Weight), StringComparer.Ordinal);
        decimal? ShareOf(Data.Scoring.ScoreRunIndicator i) =>
            i.ContributionToCriterion is not null && countedWeight.TryGetValue(i.CriterionCode, out var total) && total > 0
                ? indicators[i.Code].Weight / total
                : null;

        var cardFlags = new List<string>();
        if (run.Kind == ScoreKind.Provisional)
        {
            cardFlags.Add("provisional");
        }

        if (run.InsufficientData)
        {
            cardFlags.Add("insufficient_data");
        }

        var card = new ScorecardDto(
            run.Year,
            run.OrgUnitCode,
            run.PublishedOverall,
            run.Band,
            ranks.GetValueOrDefault(run.OrgUnitCode),
            governorates.Count,
            P(run.DeltaOverall),
            run.GapClosure,
            run.Coverage,
            run.ValueCount,
            run.ApplicableCount,
            ScoreRounding.Publish(run.Dqi),
            Quality(run),
            cardFlags,
            [.. run.Criteria.OrderBy(c => c.Order).Select(c => new ScorecardCriterionDto(
                c.Code, criteria[c.Code].NameAr, criteria[c.Code].NameEn, c.PublishedScore, c.Band, P(c.Delta), c.WeightShare, c.ApplicableCount, c.ValueCount, c.Published, medians.GetValueOrDefault(c.Code)))],
            [.. run.Indicators.OrderBy(i => i.Order).Select(i => new ScorecardIndicatorDto(
                i.Code,
                i.CriterionCode,
                indicators[i.Code].NameAr,
                indicators[i.Code].NameEn,
                indicators[i.Code].Unit.ToCode(),
                indicators[i.Code].Direction.ToCode(),
                i.Status,
                i.Value,
                i.Lower,
                i.Target,
                i.TargetHigh,
                i.Upper,
                i.PublishedScore,
                i.Light.ToCode(),
                P(i.Delta),
                i.Achievement is { } a ? Math.Round(a, 4, MidpointRounding.AwayFromZero) : null,
                ShareOf(i),
                P(i.ContributionToCriterion),
                P(i.ContributionToOverall),
                [.. flags[(run.OrgUnitCode, i.Code)]],
                previous.TryGetValue(i.Code, out var before) ? before : null))],
            trend,
            Run(run),
            await ScorecardAnalyses.ReadAsync(db, cycle.Id, governorate, cancellationToken));
        card = card with { Commitments = await CommitmentOutcomes.ReadAsync(db, edition, year, governorate, CommitmentOutcomes.ValuesOf(run.Indicators), cancellationToken) };
        return card with { Narrative = await ScorecardNarratives.ReadAsync(db, editions, card, current, cancellationToken) };
    }

    /// <summary>Each indicator's status in the governorate's latest run of the year before (empty without one).</summary>
    private Task<Dictionary<string, IndicatorStatus>> PreviousStatusesAsync(int year, string governorate, CancellationToken cancellationToken) => (
            from r in db.ScoreRuns.AsNoTracking()
            where r.Year == year - 1 && r.OrgUnitCode == governorate && r.IsLatest
            join i in db.ScoreRunIndicators.AsNoTracking() on r.Id equals i.RunId
            select new { i.Code, i.Status })
        .ToDictionaryAsync(x => x.Code, x => x.Status, StringComparer.Ordinal, cancellationToken);

    /// <summary>The median of each criterion's published score over the governorates' latest runs (unpublished ones left out).</summary>
    private async Task<Dictionary<string, decimal?>> CriterionMediansAsync(int year, CancellationToken cancellationToken)
    {
        var scores = await (
                from r in db.ScoreRuns.AsNoTracking()
                where r.Year == year && r.IsLatest
                join c in db.ScoreRunCriteria.AsNoTracking() on r.Id equals c.RunId
                where c.PublishedScore != null
                select new { c.Code, Score = c.PublishedScore!.Value })
            .ToListAsync(cancellationToken);
        return scores.GroupBy(s => s.Code).ToDictionary(g => g.Key, g => Medians.Of(g.Select(s => s.Score)), StringComparer.Ordinal);
    }

    /// <summary>The run's DQI components as published (one decimal); null for a run of an engine that kept only their mean.</summary>
    private static ScorecardQualityDto? Quality(Data.Scoring.ScoreRun run) =>
        run is { DqiCompleteness: { } completeness, DqiTimeliness: { } timeliness, DqiFirstPassAcceptance: { } firstPass, DqiEvidenceReviewed: { } evidence, DqiItemsWithoutOpenFlags: { } withoutFlags }
            ? new ScorecardQualityDto(
                ScoreRounding.Publish(completeness),
                ScoreRounding.Publish(timeliness),
                ScoreRounding.Publish(firstPass),
                ScoreRounding.Publish(evidence),
                ScoreRounding.Publish(withoutFlags))
            : null;
}
