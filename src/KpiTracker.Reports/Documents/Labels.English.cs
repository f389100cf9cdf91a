using System.Globalization;
using KpiTracker.Reports.Words;

namespace KpiTracker.Reports.Documents;

/// <summary>The English words; those of the shared concepts come from <see cref="Terms"/>.</summary>
internal sealed partial record Labels
{
    private static readonly CultureInfo EnglishCulture = CultureInfo.GetCultureInfo("en-GB");

    public static Labels English { get; } = new()
    {
        ScorecardTitle = "Institutional Performance Scorecard",
        ComparisonTitle = "Governorate Performance Comparison",
        CycleFormat = "Assessment cycle {0}",
        EditionFormat = "Framework edition: {0} ({1})",
        Provisional = En("term.provisional_results"),
        Final = En("term.final_results"),
        GeneratedFormat = "Generated {0} Muscat time",
        VerificationFormat = "Verification code: {0}",
        PageFormat = "Page {0} of {1}",
        OverallIndex = En("term.overall_index"),
        Rank = En("term.rank"),
        RankFormat = "{0} of {1}",
        NoRank = "Not ranked",
        Change = "Change from last year",
        Coverage = En("term.coverage"),
        NotEstablished = En("term.not_established"),
        NotEstablishedFormat = "Coverage {0} is below two thirds",
        NotEstablishedNote = "Not established: band and rank are not set while coverage is below two thirds.",
        CoverageFormat = "Indicators with a value: {0} of {1}",
        NoPriorValue = "no value last year",
        Trend = "Three-year trend",
        TrendProvisionalFormat = "{0} (provisional)",
        BandLegendNote = "The darker the fill, the higher the band; every cell also names its band.",
        NotPublished = "Not published",
        CriteriaChart = "Criteria against the national median",
        Score = En("term.score"),
        NationalMedian = "National median",
        CriteriaTable = "Criterion results",
        Code = "Code",
        Criterion = "Criterion",
        Band = En("term.band"),
        Indicators = "Indicator results",
        Indicator = "Indicator",
        Value = "Value",
        Target = En("term.target"),
        Light = En("term.light"),
        Delta = "Change",
        Green = En("term.light.green"),
        Amber = En("term.light.amber"),
        Red = En("term.light.red"),
        Grey = En("term.light.grey"),
        NotApplicable = "Not applicable",
        Missing = "Missing",
        DataQuality = En("term.data_quality"),
        Completeness = En("term.completeness"),
        Timeliness = En("term.timeliness"),
        Dqi = En("term.dqi"),
        FirstPassAcceptance = En("term.first_pass_acceptance"),
        EvidenceReviewed = En("term.evidence_reviewed"),
        ItemsWithoutOpenFlags = En("term.no_open_flags"),
        DataQualityNote = "Each component runs from 0 to 100 and higher is better; the data quality index is the mean of the five.",
        Notes = "Notes",
        NoNotes = "No indicator is missing or not applicable.",
        LeagueTable = "League table",
        Governorate = "Governorate",
        Overall = En("term.overall_index"),
        RankChange = "Rank change",
        HeatMap = "Criteria by governorate",
        CriterionCharts = "Each criterion by governorate",
        ListSeparator = ", ",
        BandFromFormat = "{0} · from {1}",
        Culture = EnglishCulture,
    };

    private static string En(string key) => Terms.In(EnglishCulture, key);
}
