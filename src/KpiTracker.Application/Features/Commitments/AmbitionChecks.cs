using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Commitments;

/// <summary>
/// Builds the ambition check of every indicator of a governorate from the accepted values of the last three cycles (accepted,
/// verified or locked items: the values scores use) and the what-if's value for the next band.
/// </summary>
internal static class AmbitionChecks
{
    private static readonly SubmissionState[] Counted = [SubmissionState.Accepted, SubmissionState.Verified, SubmissionState.Locked];

    public static async Task<Dictionary<string, AmbitionCheck>> ForAsync(
        AppDbContext db, EditionModels editions, int year, string governorate, IReadOnlyList<Indicator> indicators, CancellationToken cancellationToken)
    {
        var values = await AcceptedValuesAsync(db, [year - 2, year - 1, year], cancellationToken);
        var nextBand = await WhatIfInputs.LoadAsync(db, editions, year, governorate, cancellationToken) is { } loaded
            ? NextBandValues(WhatIfInputs.NextBand(year, governorate, loaded.Edition, loaded.Inputs))
            : [];
        var byIndicator = values.ToLookup(v => v.Indicator, StringComparer.Ordinal);
        return indicators.ToDictionary(
            i => i.Code,
            i =>
            {
                var rows = byIndicator[i.Code].ToList();
                return AmbitionCheck.For(
                    i,
                    year,
                    [.. rows.Where(r => r.OrgUnit == governorate).Select(r => (r.Year, r.Value))],
                    [.. rows.Where(r => r.Year == year).Select(r => r.Value)],
                    [.. rows.Select(r => r.Value)],
                    nextBand.GetValueOrDefault(i.Code));
            },
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Per indicator, the value that alone lifts the index to the next band; where no single indicator can, the value the
    /// suggested plan gives it (the plan moves a few indicators together).
    /// </summary>
    public static Dictionary<string, decimal?> NextBandValues(NextBandDto plan)
    {
        var planned = plan.Plan.Steps.ToDictionary(s => s.Code, s => s.ValueToEnter, StringComparer.Ordinal);
        return plan.Indicators.ToDictionary(i => i.Code, i => i.Value ?? (planned.TryGetValue(i.Code, out var v) ? v : null), StringComparer.Ordinal);
    }

    /// <summary>The check of one indicator (for a single proposal or decision).</summary>
    public static async Task<AmbitionCheck> ForOneAsync(AppDbContext db, EditionModels editions, int year, string governorate, Indicator indicator, CancellationToken cancellationToken) =>
        (await ForAsync(db, editions, year, governorate, [indicator], cancellationToken))[indicator.Code];

    public static AmbitionDto ToDto(AmbitionCheck check, Indicator indicator) => new(
        check.Current,
        check.Projection,
        check.NationalMedian,
        check.NationalBest,
        check.Target,
        indicator.RangeTargetLow,
        indicator.RangeTargetHigh,
        check.NextBandValue,
        check.BestOfThreeCycles);

    private static async Task<List<(int Year, string OrgUnit, string Indicator, decimal Value)>> AcceptedValuesAsync(AppDbContext db, int[] years, CancellationToken cancellationToken) =>
        [.. (await (from s in db.Submissions.AsNoTracking()
                    join r in db.Revisions.AsNoTracking() on new { Id = s.Id, Number = s.CurrentRevision } equals new { Id = r.SubmissionId, r.Number }
                    where years.Contains(s.Year) && Counted.Contains(s.State) && r.Value != null
                    select new { s.Year, s.OrgUnitCode, s.IndicatorCode, r.Value })
                .ToListAsync(cancellationToken))
            .Select(v => (v.Year, v.OrgUnitCode, v.IndicatorCode, v.Value!.Value))];
}
