using KpiTracker.Application.Features.Frameworks;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Scoring;
using KpiTracker.Reports.Words;
using Microsoft.Extensions.Localization;

namespace KpiTracker.Web.Components.Pages.Central.Comparisons;

/// <summary>How the comparison's sections name and colour what they show: governorates in league order, bands, scores.</summary>
public sealed class ComparisonLook(
    IReadOnlyList<BandDto> bands,
    List<string> order,
    IReadOnlyDictionary<string, string> governorates,
    HashSet<string> scorecards,
    IStringLocalizer<global::KpiTracker.Web.Central> text)
{
    /// <summary>The cycle compared: the year of the scorecards the names link to.</summary>
    public int Year { get; init; }

    /// <summary>The governorates in the league table's order, which every section follows.</summary>
    public List<string> Order { get; } = order;

    public string? BandOf(decimal? score) =>
        score is not { } s || bands.Count == 0 ? null : (bands.FirstOrDefault(b => s >= b.MinScore) ?? bands[^1]).Code;

    public string BandName(string? code) =>
        bands.FirstOrDefault(b => b.Code == code) is { } band ? Text.Pick(band.NameAr, band.NameEn) : code is null ? text["Comparison.NoScore"] : code;

    public static string BandClass(string? code) => code is null ? "band-none" : $"band-{code}";

    public string GovName(string code) => governorates.GetValueOrDefault(code, code);

    /// <summary>Whether the caller may open the governorate's scorecard, so its name links there.</summary>
    public bool Readable(string code) => scorecards.Contains(code);

    public static string Score(decimal? score) => NumberText.Score(score);

    public static string Value(decimal? value) => NumberText.Exact(value);

    /// <summary>Why a cell has no value: the item's state word (missing, not applicable), from the terms.</summary>
    public static string StatusWord(IndicatorStatus status) => Terms.Get("state." + status.ToCode());

    /// <summary>The rank change as an arrow and a number (▲2, ▼1, – unchanged), and the same said in words for screen readers.</summary>
    public (string Mark, string Said) RankChange(int? change) => change switch
    {
        null => ("—", text["Comparison.NoRankChange"]),
        > 0 => ($"▲{Text.Number(change.Value)}", text["Comparison.Up", Text.Number(change.Value)]),
        < 0 => ($"▼{Text.Number(-change.Value)}", text["Comparison.Down", Text.Number(-change.Value)]),
        _ => ("–", text["Comparison.Same"]),
    };

    /// <summary>The coverage as a percentage with its counts: "28.6% · 10 of 35".</summary>
    public string Coverage(decimal? coverage, int values, int applicable) =>
        coverage is { } c ? text["Comparison.CoverageOf", NumberText.Share(c), NumberText.Count(values), NumberText.Count(applicable)] : "—";
}
