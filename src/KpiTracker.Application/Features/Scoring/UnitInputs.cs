using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KpiTracker.Application.Data;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Quality;
using KpiTracker.Domain.Scoring;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>The scores of the governorate's latest run in the year before, used for Δ.</summary>
internal sealed record PreviousScores(decimal? Overall, IReadOnlyDictionary<string, decimal?> Criteria, IReadOnlyDictionary<string, decimal?> Indicators);

/// <summary>Everything one governorate's score in one cycle is computed from; <see cref="Hash"/> identifies it.</summary>
internal sealed record UnitInputs(
    Guid CycleId,
    int Year,
    string OrgUnitCode,
    ScoreKind Kind,
    string EditionCode,
    ScoringFramework Framework,
    IReadOnlyList<IndicatorResult> Results,
    PreviousScores? Previous,
    DataQualityCounts Quality)
{
    public static async Task<UnitInputs> LoadAsync(AppDbContext db, Cycle cycle, EditionModel edition, string orgUnitCode, CancellationToken cancellationToken)
    {
        var overrides = await db.CycleTargetOverrides.AsNoTracking()
            .Where(o => o.CycleId == cycle.Id && o.OrgUnitCode == orgUnitCode)
            .ToDictionaryAsync(o => o.IndicatorCode, o => (o.Lower, o.Target), cancellationToken);
        var items = await db.Submissions.AsNoTracking()
            .Where(s => s.CycleId == cycle.Id && s.OrgUnitCode == orgUnitCode)
            .Select(s => new
            {
                s.IndicatorCode,
                s.State,
                Current = s.Revisions.Where(r => r.Number == s.CurrentRevision).Select(r => new { r.Value, r.EvidenceCount }).FirstOrDefault(),
                s.FirstSubmittedAt,
                s.SubmitCount,
                s.ReturnCount,
                Flagged = db.SubmissionFlags.Any(f => f.SubmissionId == s.Id),
                OpenFlag = db.SubmissionFlags.Any(f => f.SubmissionId == s.Id && f.Status == FlagStatus.Open),
            })
            .ToListAsync(cancellationToken);

        var known = edition.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var results = items.Where(i => known.ContainsKey(i.IndicatorCode)).Select(i => i.State switch
        {
            SubmissionState.NotApplicable => IndicatorResult.NotApplicable(i.IndicatorCode),
            _ when Submission.HasAcceptedValue(i.State) && i.Current?.Value is { } value => IndicatorResult.Accepted(i.IndicatorCode, value),
            _ => IndicatorResult.Missing(i.IndicatorCode),
        }).ToList();

        // Data quality looks at what people entered: computed indicators (GOV-02) and granted N/A items are left out.
        var entered = items.Where(i => known.TryGetValue(i.IndicatorCode, out var ind) && ind.Source != SourceType.Platform && i.State != SubmissionState.NotApplicable).ToList();
        var submitted = entered.Where(i => i.FirstSubmittedAt is not null).ToList();
        var requiring = submitted.Where(i => known[i.IndicatorCode].EvidenceRequired).ToList();
        var submissions = entered.Sum(i => i.SubmitCount);
        var quality = new DataQualityCounts(
            entered.Count,
            submitted.Count,
            submitted.Count(i => cycle.IsOnTime(i.FirstSubmittedAt!.Value)),
            submissions,
            Math.Min(entered.Sum(i => i.ReturnCount), submissions),
            requiring.Count,
            requiring.Count(i => i.Current?.EvidenceCount > 0),
            entered.Count(i => i.Flagged),
            entered.Count(i => i.OpenFlag));

        var kind = cycle.Status == CycleStatus.Closed ? ScoreKind.Final : ScoreKind.Provisional;
        return new UnitInputs(cycle.Id, cycle.Year, orgUnitCode, kind, edition.Code, edition.For(overrides), results,
            await PreviousAsync(db, cycle.Year - 1, orgUnitCode, cancellationToken), quality);
    }

    private static async Task<PreviousScores?> PreviousAsync(AppDbContext db, int year, string orgUnitCode, CancellationToken cancellationToken)
    {
        var run = await db.ScoreRuns.AsNoTracking()
            .Include(r => r.Criteria)
            .Include(r => r.Indicators)
            .AsSplitQuery()
            .Where(r => r.Year == year && r.OrgUnitCode == orgUnitCode && r.IsLatest)
            .FirstOrDefaultAsync(cancellationToken);
        return run is null
            ? null
            : new PreviousScores(
                run.Overall,
                run.Criteria.ToDictionary(c => c.Code, c => c.Score, StringComparer.Ordinal),
                run.Indicators.ToDictionary(i => i.Code, i => i.Score, StringComparer.Ordinal));
    }

    /// <summary>
    /// One line per input, sorted ordinally, numbers in invariant culture without trailing zeros, so the same inputs give the
    /// same text (and hash) on any machine and whatever scale the database returned them with.
    /// </summary>
    public string Canonical()
    {
        var lines = new List<string>
        {
            $"edition|{EditionCode}",
            $"kind|{Kind.ToCode()}",
            $"lights|{N(Framework.GreenThreshold)}|{N(Framework.AmberThreshold)}",
        };
        lines.AddRange(Framework.Bands.Select(b => $"band|{b.Code}|{N(b.MinScore)}"));
        lines.AddRange(Framework.Criteria.Select(c => $"criterion|{c.Code}|{N(c.Weight)}|{c.Order.ToString(CultureInfo.InvariantCulture)}"));
        lines.AddRange(Framework.Indicators.Select(i =>
            $"indicator|{i.Code}|{i.CriterionCode}|{i.Direction.ToCode()}|{N(i.Weight)}|{N(i.Lower)}|{N(i.Target)}|{N(i.Range?.LowerZero)}|{N(i.Range?.TargetLow)}|{N(i.Range?.TargetHigh)}|{N(i.Range?.UpperZero)}"));
        lines.AddRange(Results.Select(r => $"result|{r.Code}|{r.Status.ToCode()}|{N(r.Value)}"));
        if (Previous is not null)
        {
            lines.Add($"previous|overall|{N(Previous.Overall)}");
            lines.AddRange(Previous.Criteria.Select(c => $"previous|criterion|{c.Key}|{N(c.Value)}"));
            lines.AddRange(Previous.Indicators.Select(i => $"previous|indicator|{i.Key}|{N(i.Value)}"));
        }

        var q = Quality;
        lines.Add(string.Join('|', "quality", q.Applicable, q.Submitted, q.OnTime, q.Submissions, q.Returns, q.RequiringEvidence, q.WithEvidence, q.FlaggedItems, q.OpenFlags));
        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines) + "\n";
    }

    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Canonical())));

    // Dividing by 1.000…0 drops the trailing zeros a numeric(20,6) column adds (70.000000 → 70).
    private static string N(decimal? value) => value is { } v ? (v / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : "-";
}
