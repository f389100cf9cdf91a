using KpiTracker.Domain.Quality;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// The rows scoring reads for some cycles and governorates, every cycle at once (<see cref="ReadAsync"/>), by (cycle,
/// governorate); <see cref="Build"/> turns them into one governorate's inputs for one cycle, given last year's scores (read by
/// <see cref="PreviousScores.ReadAsync"/> or just computed).
/// </summary>
internal sealed class ScoringRows(ILookup<(Guid, string), TargetOverride> overrides, ILookup<(Guid, string), ItemRow> items, ILookup<(int, string), DueAction> actions)
{
    public static async Task<ScoringRows> ReadAsync(AppDbContext db, Guid[] cycleIds, string[] codes, CancellationToken cancellationToken)
    {
        var overrides = await TargetOverride.ReadAsync(db, cycleIds, codes, cancellationToken);
        var items = await ItemRow.ReadAsync(db, cycleIds, codes, cancellationToken);
        var actions = await DueAction.ReadAsync(db, cycleIds, codes, cancellationToken);
        return new ScoringRows(overrides.ToLookup(o => (o.CycleId, o.OrgUnitCode)), items.ToLookup(i => (i.CycleId, i.OrgUnitCode)), actions);
    }

    public UnitInputs Build(Cycle cycle, EditionModel edition, string orgUnitCode, PreviousScores? previous) => Inputs(
        cycle,
        edition,
        orgUnitCode,
        overrides[(cycle.Id, orgUnitCode)].ToDictionary(o => o.IndicatorCode, o => (o.Lower, o.Target), StringComparer.Ordinal),
        items[(cycle.Id, orgUnitCode)],
        previous) with { Actions = [.. actions[(cycle.Year, orgUnitCode)]] };

    private static UnitInputs Inputs(Cycle cycle, EditionModel edition, string orgUnitCode, Dictionary<string, (decimal Lower, decimal Target)> overrides, IEnumerable<ItemRow> items, PreviousScores? previous)
    {
        var known = edition.IndicatorsByCode;
        var results = new List<IndicatorResult>(known.Count);
        // Data quality looks at what people entered: computed indicators (GOV-02) and granted N/A items are left out.
        var timing = default(SubmissionTiming);
        int submissions = 0, returns = 0, requiring = 0, opened = 0, openFlags = 0;
        foreach (var i in items)
        {
            if (!known.TryGetValue(i.IndicatorCode, out var indicator))
            {
                continue;
            }

            results.Add(i.State switch
            {
                SubmissionState.NotApplicable => IndicatorResult.NotApplicable(i.IndicatorCode),
                _ when Submission.HasAcceptedValue(i.State) && i.Value is { } value => IndicatorResult.Accepted(i.IndicatorCode, value),
                _ => IndicatorResult.Missing(i.IndicatorCode),
            });
            if (indicator.Source == SourceType.Platform || i.State == SubmissionState.NotApplicable)
            {
                continue;
            }

            // Completeness and timeliness as GOV-02 counts them: a restated item first submitted after expiry is neither.
            timing = timing.Add(cycle, i.FirstSubmittedAt);
            submissions += i.SubmitCount;
            returns += i.ReturnCount;
            openFlags += i.OpenFlag ? 1 : 0;
            if (indicator.EvidenceRequired && Submission.HasAcceptedValue(i.State))
            {
                requiring++;
                opened += i.EvidenceOpened ? 1 : 0;
            }
        }

        var quality = new DataQualityCounts(timing, submissions, Math.Min(returns, submissions), requiring, opened, openFlags);

        var kind = cycle.Status == CycleStatus.Closed ? ScoreKind.Final : ScoreKind.Provisional;
        return new UnitInputs(cycle.Id, cycle.Year, orgUnitCode, kind, edition.Code, edition.For(overrides), results, previous, quality);
    }
}
