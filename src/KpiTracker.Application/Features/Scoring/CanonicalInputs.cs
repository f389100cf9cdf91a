using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>
/// The canonical text of a run's inputs and its hash, the one way both are made: one line per input, sorted ordinally, each
/// followed by "\n", numbers in invariant culture without trailing zeros, so the same inputs give the same text (and hash) on
/// any machine and whatever scale the database returned them with. Stored runs carry these hashes: a change here makes every
/// stored run look changed (InputHashTests holds a known text and hash).
/// </summary>
internal static class CanonicalInputs
{
    public static string Hash(UnitInputs inputs) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text(inputs))));

    public static string Text(UnitInputs inputs)
    {
        var lines = OwnLines(inputs);
        lines.AddRange(FrameworkLines.GetValue(inputs.Framework, Lines));
        lines.Sort(StringComparer.Ordinal);
        var text = new StringBuilder(lines.Sum(line => line.Length + 1));
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The run's own lines: edition, kind, results, last year's scores, quality counts.</summary>
    private static List<string> OwnLines(UnitInputs inputs)
    {
        var previous = inputs.Previous;
        var lines = new List<string>(inputs.Results.Count + (previous is null ? 0 : 1 + previous.Criteria.Count + previous.Indicators.Count) + 64)
        {
            $"edition|{inputs.EditionCode}",
            $"kind|{inputs.Kind.ToCode()}",
        };
        lines.AddRange(inputs.Results.Select(r => $"result|{r.Code}|{r.Status.ToCode()}|{N(r.Value)}"));
        if (previous is not null)
        {
            lines.Add($"previous|overall|{N(previous.Overall)}");
            lines.AddRange(previous.Criteria.Select(c => $"previous|criterion|{c.Key}|{N(c.Value)}"));
            lines.AddRange(previous.Indicators.Select(i => $"previous|indicator|{i.Key}|{N(i.Value)}"));
        }

        // Only runs with actions due carry these lines, so the hashes of runs without any are what they were.
        lines.AddRange(inputs.Actions.Select(a => $"action|{I(a.Number)}|{a.IndicatorCode}|{N(a.Baseline)}|{N(a.Expected)}"));
        var q = inputs.Quality;
        lines.Add(string.Join('|', "quality", I(q.Timing.Applicable), I(q.Timing.ByExpiry), I(q.Timing.ByDeadline), I(q.Submissions), I(q.Returns),
            I(q.EvidenceRequired), I(q.EvidenceOpened), I(q.OpenFlagItems)));
        return lines;
    }

    /// <summary>
    /// The framework's lines (lights, bands, criteria, indicators), made once per framework instance: every governorate without
    /// target overrides shares its edition's framework, so most runs reuse them (formatting them was most of the hashing time).
    /// </summary>
    private static readonly ConditionalWeakTable<ScoringFramework, string[]> FrameworkLines = [];

    private static string[] Lines(ScoringFramework framework) =>
    [
        $"lights|{N(framework.GreenThreshold)}|{N(framework.AmberThreshold)}",
        .. framework.Bands.Select(b => $"band|{b.Code}|{N(b.MinScore)}"),
        .. framework.Criteria.Select(c => $"criterion|{c.Code}|{N(c.Weight)}|{I(c.Order)}"),
        .. framework.Indicators.Select(i =>
            $"indicator|{i.Code}|{i.CriterionCode}|{i.Direction.ToCode()}|{N(i.Weight)}|{N(i.Lower)}|{N(i.Target)}|{N(i.Range?.LowerZero)}|{N(i.Range?.TargetLow)}|{N(i.Range?.TargetHigh)}|{N(i.Range?.UpperZero)}"),
    ];

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string N(decimal? value) => value is { } v ? Normalize(v).ToString(CultureInfo.InvariantCulture) : "-";

    // Dividing by 1.000…0 drops the trailing zeros a numeric(20,6) column adds (70.000000 → 70).
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;
}
