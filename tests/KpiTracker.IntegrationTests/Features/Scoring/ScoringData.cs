using System.Globalization;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Organisation;
using KpiTracker.Domain.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// An open cycle on the default edition with accepted values for every entered indicator of every governorate, written straight to
/// the tables; <c>shift</c> moves every value to another point of its scale, so cycles of different years can differ.
/// </summary>
internal sealed record ScoringData(Guid CycleId, int Year, Guid EditionId, IReadOnlyList<string> Governorates, IReadOnlyDictionary<(string Gov, string Code), decimal> Values)
{
    public static async Task<ScoringData> OpenAsync(DatabaseFixture fixture, int year = 2025, int shift = 0)
    {
        var (cycleId, editionId, governorates, indicators) = await fixture.WithDbAsync(async db =>
        {
            var edition = await db.FrameworkEditions.Include(e => e.Criteria).ThenInclude(c => c.Indicators).FirstAsync(e => e.Status == EditionStatus.Published);
            var now = DateTimeOffset.UtcNow;
            var cycle = Cycle.Create(year, edition.Id, CycleCalendar.Default(year), now);
            cycle.Open(now);
            db.Cycles.Add(cycle);
            var govs = await db.OrgUnits.Where(o => o.Kind == OrgUnitKind.Governorate).OrderBy(o => o.Order).Select(o => o.Code).ToListAsync();
            foreach (var gov in govs)
            {
                foreach (var indicator in edition.Indicators)
                {
                    db.Submissions.Add(Submission.Create(cycle, gov, indicator, now));
                }
            }

            await db.SaveChangesAsync();
            return (cycle.Id, edition.Id, govs, edition.Indicators.Where(i => i.Source != SourceType.Platform).ToList());
        });

        var values = new Dictionary<(string, string), decimal>();
        for (var g = 0; g < governorates.Count; g++)
        {
            for (var i = 0; i < indicators.Count; i++)
            {
                values[(governorates[g], indicators[i].Code)] = ValueFor(indicators[i], ((g * 7) + (i * 3) + shift) % 11 / 10m);
            }
        }

        var rows = string.Join(",\n", values.Select(v => string.Create(CultureInfo.InvariantCulture, $"('{v.Key.Item1}', '{v.Key.Item2}', {v.Value})")));
        await fixture.ExecuteAsOwnerAsync($"""
            WITH v(gov, code, value) AS (VALUES {rows})
            UPDATE revisions r SET value = v.value FROM submissions s, v
            WHERE r.submission_id = s.id AND r.number = s.current_revision AND s.cycle_id = '{cycleId}' AND s.org_unit_code = v.gov AND s.indicator_code = v.code;
            UPDATE submissions SET state = 'accepted', first_submitted_at = now(), submitted_at = now(), accepted_at = now(), submit_count = 1
            WHERE cycle_id = '{cycleId}' AND indicator_code <> 'GOV-02';
            """);
        return new ScoringData(cycleId, year, editionId, governorates, values);
    }

    /// <summary>Somewhere from the zero-score bound to a little past the target, so scores spread over 0–100.</summary>
    private static decimal ValueFor(Indicator indicator, decimal fraction) => indicator.Direction == IndicatorDirection.Range
        ? indicator.RangeLowerZero!.Value + ((indicator.RangeTargetHigh!.Value - indicator.RangeLowerZero.Value) * fraction)
        : Math.Round(indicator.Lower!.Value + ((indicator.Target!.Value - indicator.Lower.Value) * (fraction * 1.1m)), 4);

    public Task CloseAsync(DatabaseFixture fixture) => fixture.ExecuteAsOwnerAsync($"""
        UPDATE cycles SET status = 'closed', closed_at = now() WHERE id = '{CycleId}';
        UPDATE submissions SET state = 'locked', locked_at = now() WHERE cycle_id = '{CycleId}' AND state = 'accepted';
        UPDATE submissions SET state = 'missing' WHERE cycle_id = '{CycleId}' AND state <> 'locked';
        """);

    /// <summary>What the engine gives for this governorate's values, computed here without the database.</summary>
    public async Task<GovernorateScore> ExpectedAsync(DatabaseFixture fixture, string gov, ScoreKind kind)
    {
        var edition = await fixture.WithDbAsync(db => EditionModel.LoadAsync(db, EditionId, CancellationToken.None));
        var results = edition.Indicators.Select(i => Values.TryGetValue((gov, i.Code), out var v) ? IndicatorResult.Accepted(i.Code, v) : IndicatorResult.Missing(i.Code)).ToList();
        return ScoringEngine.Score(edition.Framework, results, kind);
    }
}
