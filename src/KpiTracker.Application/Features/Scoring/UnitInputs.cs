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
    /// <summary>One governorate's inputs (the scorecard, what-if and decision paths); the same reads as <see cref="LoadManyAsync"/>.</summary>
    public static async Task<UnitInputs> LoadAsync(AppDbContext db, Cycle cycle, EditionModel edition, string orgUnitCode, CancellationToken cancellationToken) =>
        (await LoadManyAsync(db, cycle, edition, [orgUnitCode], cancellationToken))[0];

    /// <summary>
    /// The inputs of several governorates of one cycle, in the order given, read as sets: the target overrides, the items with
    /// their current revision (a join on the unique (submission, number) index) and flags, and last year's latest runs (two
    /// queries), whatever the number of governorates. A governorate with no items gets empty results, as before.
    /// </summary>
    public static async Task<List<UnitInputs>> LoadManyAsync(AppDbContext db, Cycle cycle, EditionModel edition, IReadOnlyList<string> orgUnitCodes, CancellationToken cancellationToken)
    {
        var codes = orgUnitCodes.Distinct(StringComparer.Ordinal).ToArray();
        var single = codes.Length == 1 ? codes[0] : null;

        var overrideQuery = db.CycleTargetOverrides.AsNoTracking().Where(o => o.CycleId == cycle.Id);
        overrideQuery = single is not null ? overrideQuery.Where(o => o.OrgUnitCode == single) : overrideQuery.Where(o => codes.Contains(o.OrgUnitCode));
        var overrideRows = await overrideQuery.Select(o => new { o.OrgUnitCode, o.IndicatorCode, o.Lower, o.Target }).ToListAsync(cancellationToken);

        var submissions = db.Submissions.AsNoTracking().Where(s => s.CycleId == cycle.Id);
        submissions = single is not null ? submissions.Where(s => s.OrgUnitCode == single) : submissions.Where(s => codes.Contains(s.OrgUnitCode));
        var items = await (
                from s in submissions
                join r in db.Revisions on new { SubmissionId = s.Id, Number = s.CurrentRevision } equals new { r.SubmissionId, r.Number } into current
                from r in current.DefaultIfEmpty()
                select new ItemRow(
                    s.OrgUnitCode,
                    s.IndicatorCode,
                    s.State,
                    r == null ? null : r.Value,
                    r == null ? null : (int?)r.EvidenceCount,
                    s.FirstSubmittedAt,
                    s.SubmitCount,
                    s.ReturnCount,
                    db.SubmissionFlags.Any(f => f.SubmissionId == s.Id),
                    db.SubmissionFlags.Any(f => f.SubmissionId == s.Id && f.Status == FlagStatus.Open)))
            .ToListAsync(cancellationToken);

        var previous = await PreviousAsync(db, cycle.Year - 1, codes, single, cancellationToken);
        var overridesOf = overrideRows.ToLookup(o => o.OrgUnitCode, StringComparer.Ordinal);
        var itemsOf = items.ToLookup(i => i.OrgUnitCode, StringComparer.Ordinal);
        return [.. orgUnitCodes.Select(code => Build(
            cycle,
            edition,
            code,
            overridesOf[code].ToDictionary(o => o.IndicatorCode, o => (o.Lower, o.Target)),
            [.. itemsOf[code]],
            previous.GetValueOrDefault(code)))];
    }

    /// <summary>An item as scoring reads it: its state, its current revision's value and evidence count, its counters and flags.</summary>
    private sealed record ItemRow(
        string OrgUnitCode,
        string IndicatorCode,
        SubmissionState State,
        decimal? Value,
        int? EvidenceCount,
        DateTimeOffset? FirstSubmittedAt,
        int SubmitCount,
        int ReturnCount,
        bool Flagged,
        bool OpenFlag);

    private static UnitInputs Build(Cycle cycle, EditionModel edition, string orgUnitCode, Dictionary<string, (decimal Lower, decimal Target)> overrides, List<ItemRow> items, PreviousScores? previous)
    {
        var known = edition.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var results = items.Where(i => known.ContainsKey(i.IndicatorCode)).Select(i => i.State switch
        {
            SubmissionState.NotApplicable => IndicatorResult.NotApplicable(i.IndicatorCode),
            _ when Submission.HasAcceptedValue(i.State) && i.Value is { } value => IndicatorResult.Accepted(i.IndicatorCode, value),
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
            requiring.Count(i => i.EvidenceCount > 0),
            entered.Count(i => i.Flagged),
            entered.Count(i => i.OpenFlag));

        var kind = cycle.Status == CycleStatus.Closed ? ScoreKind.Final : ScoreKind.Provisional;
        return new UnitInputs(cycle.Id, cycle.Year, orgUnitCode, kind, edition.Code, edition.For(overrides), results, previous, quality);
    }

    /// <summary>The latest runs of the year before for these governorates: the runs in one query, their criterion and indicator scores in another.</summary>
    private static async Task<Dictionary<string, PreviousScores>> PreviousAsync(AppDbContext db, int year, string[] codes, string? single, CancellationToken cancellationToken)
    {
        var runs = db.ScoreRuns.AsNoTracking().Where(r => r.Year == year && r.IsLatest);
        runs = single is not null ? runs.Where(r => r.OrgUnitCode == single) : runs.Where(r => codes.Contains(r.OrgUnitCode));
        var heads = await runs.Select(r => new { r.Id, r.OrgUnitCode, r.Overall }).ToListAsync(cancellationToken);
        if (heads.Count == 0)
        {
            return [];
        }

        // By the run ids (an array parameter), so PostgreSQL looks the rows up by primary key rather than joining every run's rows.
        var ids = heads.Select(h => h.Id).ToArray();
        var scores = await db.ScoreRunCriteria.AsNoTracking().Where(c => ids.Contains(c.RunId))
            .Select(c => new { c.RunId, IsCriterion = true, c.Code, c.Score })
            .Concat(db.ScoreRunIndicators.AsNoTracking().Where(i => ids.Contains(i.RunId)).Select(i => new { i.RunId, IsCriterion = false, i.Code, i.Score }))
            .ToListAsync(cancellationToken);
        var byRun = scores.ToLookup(s => s.RunId);
        var previous = new Dictionary<string, PreviousScores>(StringComparer.Ordinal);
        foreach (var head in heads)
        {
            var rows = byRun[head.Id].ToList();
            previous[head.OrgUnitCode] = new PreviousScores(
                head.Overall,
                rows.Where(s => s.IsCriterion).ToDictionary(s => s.Code, s => s.Score, StringComparer.Ordinal),
                rows.Where(s => !s.IsCriterion).ToDictionary(s => s.Code, s => s.Score, StringComparer.Ordinal));
        }

        return previous;
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
