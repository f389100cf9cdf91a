using KpiTracker.Domain.Scoring;
using static KpiTracker.Application.Features.Scoring.ScorecardReads;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// The cycle across governorates: league table with rank and rank change against the year before, criteria × governorate
/// matrix, and each indicator's values with their median and open flags. Before the cycle closes only those who read every
/// governorate's scorecard see it; the others are refused (403, <c>comparison.unpublished</c>) until it closes.
/// </summary>
internal sealed class Comparisons(AppDbContext db, ICurrentUser user, EditionModels editions)
{
    public async Task<Result<ComparisonDto>> ReadAsync(int year, CancellationToken cancellationToken)
    {
        var cycle = await ScoringScope.ScorableCycleAsync(db, year, cancellationToken);
        if (cycle is null)
        {
            return AppError.NotFound("scoring.cycle_not_found");
        }

        if (cycle.Status != CycleStatus.Closed && !await ScoringScope.SeesUnpublishedAsync(user, cancellationToken))
        {
            return ScoringScope.Unpublished(cycle.Year);
        }

        var governorates = await ScoringScope.GovernoratesAsync(db, cancellationToken);
        var runs = (await LatestRunsAsync(db, year, null, cancellationToken)).ToDictionary(r => r.OrgUnitCode, StringComparer.Ordinal);
        var ranks = await RanksAsync(db, year, governorates, cancellationToken);
        var previousRanks = await RanksAsync(db, year - 1, governorates, cancellationToken);
        var edition = await editions.GetAsync(db, cycle.EditionId, cancellationToken);
        var flags = await OpenFlagsAsync(db, cycle.Id, null, cancellationToken);

        var league = governorates
            .Select(g => (Code: g, Run: runs.GetValueOrDefault(g), Rank: ranks[g], Previous: previousRanks[g]))
            .OrderBy(x => x.Rank is null).ThenBy(x => x.Rank).ThenBy(x => x.Code, StringComparer.Ordinal)
            .Select(x => new LeagueRowDto(
                x.Code, x.Rank, x.Previous, x.Rank - x.Previous is { } change ? -change : null, x.Run?.PublishedOverall, x.Run?.Band, P(x.Run?.DeltaOverall),
                x.Run?.Coverage, P(x.Run?.Dqi), x.Run?.InsufficientData ?? false, x.Run?.ValueCount ?? 0, x.Run?.ApplicableCount ?? 0, P(x.Run?.LoopScore)))
            .ToList();

        var criteria = edition.Criteria.Select(c => new CriterionRowDto(c.Code, c.NameAr, c.NameEn,
            governorates.ToDictionary(g => g, g => runs.GetValueOrDefault(g)?.Criteria.FirstOrDefault(x => x.Code == c.Code)?.PublishedScore))).ToList();

        var criterionOf = edition.Criteria.ToDictionary(c => c.Id, c => c.Code);
        var indicators = edition.Indicators.Select(i =>
        {
            var cells = governorates.Select(g =>
            {
                var row = runs.GetValueOrDefault(g)?.Indicators.FirstOrDefault(x => x.Code == i.Code);
                return new IndicatorCellDto(g, row?.Status ?? IndicatorStatus.Missing, row?.Value, row?.PublishedScore,
                    (row?.Light ?? TrafficLight.Grey).ToCode(), [.. flags[(g, i.Code)]]);
            }).ToList();
            return new IndicatorRowDto(i.Code, criterionOf[i.CriterionId], i.NameAr, i.NameEn, i.Unit.ToCode(),
                Medians.Of(cells.Where(c => c.Value is not null).Select(c => c.Value!.Value)), cells);
        }).ToList();

        var kind = cycle.Status == CycleStatus.Closed ? ScoreKind.Final : ScoreKind.Provisional;
        return new ComparisonDto(cycle.Year, kind.ToCode(), league, criteria, indicators);
    }
}
