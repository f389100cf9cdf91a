using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using KpiTracker.Application.Data;
using KpiTracker.Application.Data.Scoring;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Frameworks;
using KpiTracker.Domain.Quality;
using KpiTracker.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>The scores of the governorate's latest run in the year before, used for Δ.</summary>
internal sealed record PreviousScores(decimal? Overall, IReadOnlyDictionary<string, decimal?> Criteria, IReadOnlyDictionary<string, decimal?> Indicators)
{
    /// <summary>A run's scores as the next year reads them back (stored at full precision, so the same numbers).</summary>
    public static PreviousScores Of(ScoreRun run) => new(
        run.Overall,
        run.Criteria.ToDictionary(c => c.Code, c => c.Score, StringComparer.Ordinal),
        run.Indicators.ToDictionary(i => i.Code, i => i.Score, StringComparer.Ordinal));
}

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
        var rows = await ReadRowsAsync(db, [cycle.Id], codes, cancellationToken);
        var previous = await PreviousAsync(db, [cycle.Year - 1], codes, cancellationToken);
        return [.. orgUnitCodes.Select(code => rows.Build(cycle, edition, code, previous.GetValueOrDefault((cycle.Year - 1, code))))];
    }

    /// <summary>
    /// The rows scoring reads for these cycles and governorates, every cycle at once: the target overrides in one query, the
    /// items with their current revision and flags in another. <see cref="ScoringRows.Build"/> turns them into one governorate's
    /// inputs for one cycle, given last year's scores (read by <see cref="PreviousAsync"/> or just computed).
    /// </summary>
    public static async Task<ScoringRows> ReadRowsAsync(AppDbContext db, Guid[] cycleIds, string[] codes, CancellationToken cancellationToken)
    {
        // One cycle or governorate is compared with "=", several with "= ANY(array)": both use the indexes, the first a little better.
        var singleCycle = cycleIds.Length == 1 ? cycleIds[0] : (Guid?)null;
        var single = codes.Length == 1 ? codes[0] : null;

        var overrideQuery = db.CycleTargetOverrides.AsNoTracking();
        overrideQuery = singleCycle is { } oc ? overrideQuery.Where(o => o.CycleId == oc) : overrideQuery.Where(o => cycleIds.Contains(o.CycleId));
        overrideQuery = single is not null ? overrideQuery.Where(o => o.OrgUnitCode == single) : overrideQuery.Where(o => codes.Contains(o.OrgUnitCode));
        var overrideRows = await overrideQuery.Select(o => new OverrideRow(o.CycleId, o.OrgUnitCode, o.IndicatorCode, o.Lower, o.Target)).ToListAsync(cancellationToken);

        var items = await ReadItemsAsync(db, cycleIds, codes, cancellationToken);
        return new ScoringRows(
            overrideRows.ToLookup(o => (o.CycleId, o.OrgUnitCode)),
            items.ToLookup(i => (i.CycleId, i.OrgUnitCode)));
    }

    /// <summary>
    /// The items of these cycles and governorates with their current revision's value and whether a reviewer opened its evidence
    /// (a join on the unique (submission, number) index) and whether they have an open flag. Read with a plain data reader on the context's
    /// connection and transaction rather than through a LINQ query: under the retrying execution strategy EF buffers a query's
    /// whole result before materialising it, which for the 35,000 items of a batch cost more than reading them (profiled, see
    /// docs/PERFORMANCE.md (b)). Transient failures are retried as EF retries its own queries: the read runs in the strategy.
    /// The flags are grouped by item and joined once, rather than tested with two EXISTS per item (which re-scanned
    /// submission_flags for every item); a flag carries its item's cycle and governorate (copied when it is raised, and an item's
    /// never change), so the batch's flags are found by them.
    /// </summary>
    private static async Task<List<ItemRow>> ReadItemsAsync(AppDbContext db, Guid[] cycleIds, string[] codes, CancellationToken cancellationToken)
    {
        // One cycle or governorate is compared with "=", several with "= ANY(array)": both use the indexes, the first a little better.
        var cycleTest = cycleIds.Length == 1 ? "= $1" : "= ANY($1)";
        var unitTest = codes.Length == 1 ? "= $2" : "= ANY($2)";
        var sql = $"""
            SELECT s.cycle_id, s.org_unit_code, s.indicator_code, s.state, r.value, r.evidence_opened_at IS NOT NULL, s.first_submitted_at, s.submit_count, s.return_count,
                   coalesce(f.open, false)
            FROM submissions s
            LEFT JOIN revisions r ON r.submission_id = s.id AND r.number = s.current_revision
            LEFT JOIN (SELECT submission_id, bool_or(status = '{FlagStatus.Open.ToCode()}') AS open
                       FROM submission_flags WHERE cycle_id {cycleTest} AND org_unit_code {unitTest}
                       GROUP BY submission_id) f ON f.submission_id = s.id
            WHERE s.cycle_id {cycleTest} AND s.org_unit_code {unitTest}
            """;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await db.Database.OpenConnectionAsync(ct);
            try
            {
                await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction() as NpgsqlTransaction);
                command.Parameters.Add(cycleIds.Length == 1 ? new NpgsqlParameter { Value = cycleIds[0] } : new NpgsqlParameter { Value = cycleIds });
                command.Parameters.Add(codes.Length == 1 ? new NpgsqlParameter { Value = codes[0] } : new NpgsqlParameter { Value = codes });
                var items = new List<ItemRow>();
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    items.Add(new ItemRow(
                        reader.GetGuid(0),
                        reader.GetString(1),
                        reader.GetString(2),
                        Codes.Parse<SubmissionState>(reader.GetString(3)),
                        reader.IsDBNull(4) ? null : reader.GetDecimal(4),
                        reader.GetBoolean(5),
                        reader.IsDBNull(6) ? null : reader.GetFieldValue<DateTimeOffset>(6),
                        reader.GetInt32(7),
                        reader.GetInt32(8),
                        reader.GetBoolean(9)));
                }

                return items;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, cancellationToken);
    }

    /// <summary>The rows of <see cref="ReadRowsAsync"/>, by (cycle, governorate).</summary>
    internal sealed class ScoringRows(ILookup<(Guid, string), OverrideRow> overrides, ILookup<(Guid, string), ItemRow> items)
    {
        public UnitInputs Build(Cycle cycle, EditionModel edition, string orgUnitCode, PreviousScores? previous) => UnitInputs.Build(
            cycle,
            edition,
            orgUnitCode,
            overrides[(cycle.Id, orgUnitCode)].ToDictionary(o => o.IndicatorCode, o => (o.Lower, o.Target), StringComparer.Ordinal),
            items[(cycle.Id, orgUnitCode)],
            previous);
    }

    internal sealed record OverrideRow(Guid CycleId, string OrgUnitCode, string IndicatorCode, decimal Lower, decimal Target);

    /// <summary>An item as scoring reads it: its state, its current revision's value and whether its evidence was opened, its counters and open flag.</summary>
    internal sealed record ItemRow(
        Guid CycleId,
        string OrgUnitCode,
        string IndicatorCode,
        SubmissionState State,
        decimal? Value,
        bool EvidenceOpened,
        DateTimeOffset? FirstSubmittedAt,
        int SubmitCount,
        int ReturnCount,
        bool OpenFlag);

    private static UnitInputs Build(Cycle cycle, EditionModel edition, string orgUnitCode, Dictionary<string, (decimal Lower, decimal Target)> overrides, IEnumerable<ItemRow> items, PreviousScores? previous)
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

    /// <summary>
    /// The latest runs of these years for these governorates, by (year, governorate): the runs in one query, their criterion and
    /// indicator scores in another. Empty without a query when no year is asked for.
    /// </summary>
    public static async Task<Dictionary<(int Year, string OrgUnitCode), PreviousScores>> PreviousAsync(AppDbContext db, int[] years, string[] codes, CancellationToken cancellationToken)
    {
        if (years.Length == 0 || codes.Length == 0)
        {
            return [];
        }

        var singleYear = years.Length == 1 ? years[0] : (int?)null;
        var single = codes.Length == 1 ? codes[0] : null;
        var runs = db.ScoreRuns.AsNoTracking().Where(r => r.IsLatest);
        runs = singleYear is { } y ? runs.Where(r => r.Year == y) : runs.Where(r => years.Contains(r.Year));
        runs = single is not null ? runs.Where(r => r.OrgUnitCode == single) : runs.Where(r => codes.Contains(r.OrgUnitCode));
        var heads = await runs.Select(r => new { r.Id, r.Year, r.OrgUnitCode, r.Overall }).ToListAsync(cancellationToken);
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
        var previous = new Dictionary<(int, string), PreviousScores>(heads.Count);
        foreach (var head in heads)
        {
            var criteria = new Dictionary<string, decimal?>(StringComparer.Ordinal);
            var indicators = new Dictionary<string, decimal?>(StringComparer.Ordinal);
            foreach (var row in byRun[head.Id])
            {
                (row.IsCriterion ? criteria : indicators).Add(row.Code, row.Score);
            }

            previous[(head.Year, head.OrgUnitCode)] = new PreviousScores(head.Overall, criteria, indicators);
        }

        return previous;
    }

    /// <summary>
    /// One line per input, sorted ordinally, numbers in invariant culture without trailing zeros, so the same inputs give the
    /// same text (and hash) on any machine and whatever scale the database returned them with.
    /// </summary>
    public string Canonical()
    {
        using var text = OwnLines();
        return text.TextMergedWith(SortedFrameworkLines.GetValue(Framework, SortedLines));
    }

    /// <summary>The lines of <see cref="Canonical"/> that come from the framework (lights, bands, criteria, indicators).</summary>
    private static string[] Lines(ScoringFramework framework)
    {
        var lines = new List<string>(1 + framework.Bands.Count + framework.Criteria.Count + framework.Indicators.Count)
        {
            $"lights|{N(framework.GreenThreshold)}|{N(framework.AmberThreshold)}",
        };
        lines.AddRange(framework.Bands.Select(b => $"band|{b.Code}|{N(b.MinScore)}"));
        lines.AddRange(framework.Criteria.Select(c => $"criterion|{c.Code}|{N(c.Weight)}|{c.Order.ToString(CultureInfo.InvariantCulture)}"));
        lines.AddRange(framework.Indicators.Select(i =>
            $"indicator|{i.Code}|{i.CriterionCode}|{i.Direction.ToCode()}|{N(i.Weight)}|{N(i.Lower)}|{N(i.Target)}|{N(i.Range?.LowerZero)}|{N(i.Range?.TargetLow)}|{N(i.Range?.TargetHigh)}|{N(i.Range?.UpperZero)}"));
        return [.. lines];
    }

    /// <summary>
    /// Lower-case hex SHA-256 of <see cref="Canonical"/>'s UTF-8 text, computed without making that text: the same lines (this run's
    /// own formatted into one pooled buffer and sorted there, merged with the framework's, sorted once per framework) go straight into
    /// the bytes that are hashed (tested against <see cref="Canonical"/>). A score run computes one per governorate and cycle, and
    /// making the text and its copies was half of the engine's time in a full rescore.
    /// </summary>
    public string Hash()
    {
        using var text = OwnLines();
        return text.HashMergedWith(SortedFrameworkLines.GetValue(Framework, SortedLines));
    }

    /// <summary>This run's own lines of <see cref="Canonical"/> (edition, kind, results, last year's scores, quality), not yet sorted.</summary>
    private CanonicalLines OwnLines()
    {
        var text = new CanonicalLines();
        text.Start("edition|", EditionCode).End();
        text.Start("kind|", Kind.ToCode()).End();
        foreach (var r in Results)
        {
            text.Start("result|", r.Code, "|", r.Status.ToCode(), "|").Number(r.Value).End();
        }

        if (Previous is not null)
        {
            text.Start("previous|overall|").Number(Previous.Overall).End();
            foreach (var c in Previous.Criteria)
            {
                text.Start("previous|criterion|", c.Key, "|").Number(c.Value).End();
            }

            foreach (var i in Previous.Indicators)
            {
                text.Start("previous|indicator|", i.Key, "|").Number(i.Value).End();
            }
        }

        var q = Quality;
        text.Start("quality").Integer(q.Timing.Applicable).Integer(q.Timing.ByExpiry).Integer(q.Timing.ByDeadline).Integer(q.Submissions)
            .Integer(q.Returns).Integer(q.EvidenceRequired).Integer(q.EvidenceOpened).Integer(q.OpenFlagItems).End();
        return text;
    }

    /// <summary>
    /// The framework lines of <see cref="Canonical"/> in ordinal order, made once per framework instance: every governorate without
    /// overrides shares its edition's framework, so most runs reuse them.
    /// </summary>
    private static readonly ConditionalWeakTable<ScoringFramework, string[]> SortedFrameworkLines = [];

    private static string[] SortedLines(ScoringFramework framework)
    {
        var lines = Lines(framework);
        Array.Sort(lines, StringComparer.Ordinal);
        return lines;
    }

    /// <summary>
    /// A run's own canonical lines in a pooled character buffer, each line a range of it. Both ways out sort them ordinally (UTF-16
    /// code units, as <see cref="StringComparer.Ordinal"/>) and merge them with the sorted framework lines, every line followed by
    /// "\n": <see cref="TextMergedWith"/> as text, <see cref="HashMergedWith"/> as the SHA-256 of that text's UTF-8 bytes.
    /// </summary>
    private sealed class CanonicalLines : IDisposable
    {
        private char[] _chars = ArrayPool<char>.Shared.Rent(8192);
        private (int Start, int Length)[] _lines = ArrayPool<(int, int)>.Shared.Rent(128);
        private int _length;
        private int _count;
        private int _start;

        /// <summary>Starts a line with these parts; <see cref="End"/> ends it.</summary>
        public CanonicalLines Start(string a, string? b = null, string? c = null, string? d = null, string? e = null)
        {
            _start = _length;
            Append(a);
            Append(b);
            Append(c);
            Append(d);
            Append(e);
            return this;
        }

        /// <summary>A number as <see cref="N"/> writes it.</summary>
        public CanonicalLines Number(decimal? value)
        {
            if (value is not { } v)
            {
                Append("-");
                return this;
            }

            Reserve(64);
            if (!Normalize(v).TryFormat(_chars.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException("A decimal did not fit in 64 characters.");
            }

            _length += written;
            return this;
        }

        /// <summary>"|" and an integer in invariant culture, as <c>string.Join('|', …)</c> writes it.</summary>
        public CanonicalLines Integer(int value)
        {
            Reserve(16);
            _chars[_length++] = '|';
            value.TryFormat(_chars.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture);
            _length += written;
            return this;
        }

        public void End()
        {
            if (_count == _lines.Length)
            {
                var larger = ArrayPool<(int, int)>.Shared.Rent(_lines.Length * 2);
                _lines.AsSpan(0, _count).CopyTo(larger);
                ArrayPool<(int, int)>.Shared.Return(_lines);
                _lines = larger;
            }

            _lines[_count++] = (_start, _length - _start);
        }

        public string TextMergedWith(string[] sorted)
        {
            var text = new StringBuilder(_length + _count + sorted.Sum(line => line.Length + 1));
            foreach (var (framework, index) in Merge(sorted))
            {
                (framework ? text.Append(sorted[index]) : text.Append(_chars, _lines[index].Start, _lines[index].Length)).Append('\n');
            }

            return text.ToString();
        }

        public string HashMergedWith(string[] sorted)
        {
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(_length + _count + sorted.Sum(line => line.Length + 1)));
            try
            {
                var written = 0;
                foreach (var (framework, index) in Merge(sorted))
                {
                    written += Encoding.UTF8.GetBytes(framework ? sorted[index].AsSpan() : Own(index), bytes.AsSpan(written));
                    bytes[written++] = (byte)'\n';
                }

                Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
                SHA256.HashData(bytes.AsSpan(0, written), hash);
                return Convert.ToHexStringLower(hash);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        /// <summary>Every line in ordinal order: (true, i) for the framework's line i, (false, i) for this run's line i.</summary>
        private IEnumerable<(bool Framework, int Index)> Merge(string[] sorted)
        {
            SortOwn();
            int f = 0, l = 0;
            while (f < sorted.Length || l < _count)
            {
                var takeFramework = l == _count || (f < sorted.Length && sorted[f].AsSpan().SequenceCompareTo(Own(l)) <= 0);
                yield return takeFramework ? (true, f++) : (false, l++);
            }
        }

        private void SortOwn()
        {
            var chars = _chars;
            _lines.AsSpan(0, _count).Sort((x, y) => chars.AsSpan(x.Start, x.Length).SequenceCompareTo(chars.AsSpan(y.Start, y.Length)));
        }

        private ReadOnlySpan<char> Own(int line) => _chars.AsSpan(_lines[line].Start, _lines[line].Length);

        public void Dispose()
        {
            ArrayPool<char>.Shared.Return(_chars);
            ArrayPool<(int, int)>.Shared.Return(_lines);
        }

        private void Append(string? part)
        {
            if (part is null)
            {
                return;
            }

            Reserve(part.Length);
            part.CopyTo(_chars.AsSpan(_length));
            _length += part.Length;
        }

        private void Reserve(int more)
        {
            if (_length + more <= _chars.Length)
            {
                return;
            }

            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + more));
            _chars.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(_chars);
            _chars = larger;
        }
    }

    private static string N(decimal? value) => value is { } v ? Normalize(v).ToString(CultureInfo.InvariantCulture) : "-";

    // Dividing by 1.000…0 drops the trailing zeros a numeric(20,6) column adds (70.000000 → 70).
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
