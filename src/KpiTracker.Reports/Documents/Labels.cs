using System.Globalization;
using KpiTracker.Reports.Words;

namespace KpiTracker.Reports.Documents;

/// <summary>
/// Every fixed word the two documents print, in Arabic and English. Sentences with numbers are whole composite
/// formats ("صفحة {0} من {1}"), never glued together from fragments.
/// </summary>
internal sealed partial record Labels
{
    public required string ScorecardTitle { get; init; }
    public required string ComparisonTitle { get; init; }
    public required string CycleFormat { get; init; }
    public required string EditionFormat { get; init; }
    public required string GeneratedFormat { get; init; }
    public required string VerificationFormat { get; init; }
    public required string PageFormat { get; init; }
    public required string RankFormat { get; init; }
    public required string NoRank { get; init; }
    public required string Change { get; init; }
    public required string NotEstablishedFormat { get; init; }
    public required string NotEstablishedNote { get; init; }
    public required string CoverageFormat { get; init; }
    public required string NoPriorValue { get; init; }
    public required string Trend { get; init; }
    public required string TrendProvisionalFormat { get; init; }
    public required string BandLegendNote { get; init; }
    public required string ListSeparator { get; init; }
    public required string BandFromFormat { get; init; }
    public required string NotPublished { get; init; }
    public required string CriteriaChart { get; init; }
    public required string NationalMedian { get; init; }
    public required string CriteriaTable { get; init; }
    public required string Code { get; init; }
    public required string Criterion { get; init; }
    public required string Indicators { get; init; }
    public required string Indicator { get; init; }
    public required string Value { get; init; }
    public required string Delta { get; init; }
    public required string DataQualityNote { get; init; }
    public required string Notes { get; init; }
    public required string NoNotes { get; init; }
    public required string LeagueTable { get; init; }
    public required string Governorate { get; init; }
    public required string RankChange { get; init; }
    public required string HeatMap { get; init; }
    public required string CriterionCharts { get; init; }

    // The shared concepts: read from Terms.resx, the resource the screens and the Excel files read too (docs/GLOSSARY.md).
    public string OverallIndex => Term("term.overall_index");
    public string Overall => OverallIndex;
    public string Rank => Term("term.rank");
    public string Coverage => Term("term.coverage");
    public string NotEstablished => Term("term.not_established");
    public string Provisional => Term("term.provisional_results");
    public string Final => Term("term.final_results");
    public string Score => Term("term.score");
    public string Band => Term("term.band");
    public string Target => Term("term.target");
    public string Light => Term("term.light");

    public string Green => Term("term.light.green");
    public string Amber => Term("term.light.amber");
    public string Red => Term("term.light.red");
    public string Grey => Term("term.light.grey");
    public string NotApplicable => Term("state.not_applicable");
    public string Missing => Term("state.missing");

    public string DataQuality => Term("term.data_quality");
    public string Dqi => Term("term.dqi");
    public string Completeness => Term("term.completeness");
    public string Timeliness => Term("term.timeliness");
    public string FirstPassAcceptance => Term("term.first_pass_acceptance");
    public string EvidenceReviewed => Term("term.evidence_reviewed");
    public string ItemsWithoutOpenFlags => Term("term.no_open_flags");

    /// <summary>Used for composite formats only; numbers are formatted by <see cref="ReportFormat"/>.</summary>
    public required CultureInfo Culture { get; init; }

    public static Labels For(ReportLanguage language) => language == ReportLanguage.Arabic ? Arabic : English;

    private string Term(string key) => Terms.In(Culture, key);

    public string Format(string format, params object[] args) => string.Format(Culture, format, args);

    public string LightWord(TrafficLight light) => light switch
    {
        TrafficLight.Green => Green,
        TrafficLight.Amber => Amber,
        TrafficLight.Red => Red,
        _ => Grey,
    };
}
