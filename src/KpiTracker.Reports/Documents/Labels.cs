using System.Globalization;

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
    public required string Provisional { get; init; }
    public required string Final { get; init; }
    public required string GeneratedFormat { get; init; }
    public required string VerificationFormat { get; init; }
    public required string PageFormat { get; init; }
    public required string OverallIndex { get; init; }
    public required string Rank { get; init; }
    public required string RankFormat { get; init; }
    public required string NoRank { get; init; }
    public required string Change { get; init; }
    public required string Coverage { get; init; }
    public required string NotEstablished { get; init; }
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
    public required string Score { get; init; }
    public required string NationalMedian { get; init; }
    public required string CriteriaTable { get; init; }
    public required string Code { get; init; }
    public required string Criterion { get; init; }
    public required string Band { get; init; }
    public required string Indicators { get; init; }
    public required string Indicator { get; init; }
    public required string Value { get; init; }
    public required string Target { get; init; }
    public required string Light { get; init; }
    public required string Delta { get; init; }
    public required string Green { get; init; }
    public required string Amber { get; init; }
    public required string Red { get; init; }
    public required string Grey { get; init; }
    public required string NotApplicable { get; init; }
    public required string Missing { get; init; }
    public required string DataQuality { get; init; }
    public required string Completeness { get; init; }
    public required string Timeliness { get; init; }
    public required string Dqi { get; init; }
    public required string FirstPassAcceptance { get; init; }
    public required string EvidenceReviewed { get; init; }
    public required string ItemsWithoutOpenFlags { get; init; }
    public required string DataQualityNote { get; init; }
    public required string Notes { get; init; }
    public required string NoNotes { get; init; }
    public required string LeagueTable { get; init; }
    public required string Governorate { get; init; }
    public required string Overall { get; init; }
    public required string RankChange { get; init; }
    public required string HeatMap { get; init; }
    public required string CriterionCharts { get; init; }

    /// <summary>Used for composite formats only; numbers are formatted by <see cref="ReportFormat"/>.</summary>
    public required CultureInfo Culture { get; init; }

    public static Labels For(ReportLanguage language) => language == ReportLanguage.Arabic ? Arabic : English;

    public string Format(string format, params object[] args) => string.Format(Culture, format, args);

    public string LightWord(TrafficLight light) => light switch
    {
        TrafficLight.Green => Green,
        TrafficLight.Amber => Amber,
        TrafficLight.Red => Red,
        _ => Grey,
    };
}
