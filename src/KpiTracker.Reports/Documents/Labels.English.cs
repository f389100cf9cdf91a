using System.Globalization;

namespace KpiTracker.Reports.Documents;

/// <summary>The English words; the shared concepts' words are Terms' (Labels.cs).</summary>
internal sealed partial record Labels
{
    public static Labels English { get; } = new()
    {
        ScorecardTitle = "Institutional Performance Scorecard",
        ComparisonTitle = "Governorate Performance Comparison",
        CycleFormat = "Assessment cycle {0}",
        EditionFormat = "Framework edition: {0} ({1})",
        GeneratedFormat = "Generated {0} Muscat time",
        VerificationFormat = "Verification code: {0}",
        PageFormat = "Page {0} of {1}",
        RankFormat = "{0} of {1}",
        NoRank = "Not ranked",
        Change = "Change from last year",
        NotEstablishedFormat = "Coverage {0} is below two thirds",
        NotEstablishedNote = "Not established: band and rank are not set while coverage is below two thirds.",
        CoverageFormat = "Indicators with a value: {0} of {1}",
        NoPriorValue = "no value last year",
        Trend = "Three-year trend",
        TrendProvisionalFormat = "{0} (provisional)",
        BandLegendNote = "The darker the fill, the higher the band; every cell also names its band.",
        NotPublished = "Not published",
        CriteriaChart = "Criteria against the national median",
        NationalMedian = "National median",
        CriteriaTable = "Criterion results",
        Code = "Code",
        Criterion = "Criterion",
        Indicators = "Indicator results",
        Indicator = "Indicator",
        Value = "Value",
        Delta = "Change",
        DataQualityNote = "Each component runs from 0 to 100 and higher is better; the data quality index is the mean of the five.",
        Notes = "Notes",
        NoNotes = "No indicator is missing or not applicable.",
        LeagueTable = "League table",
        Governorate = "Governorate",
        RankChange = "Rank change",
        HeatMap = "Criteria by governorate",
        CriterionCharts = "Each criterion by governorate",
        ListSeparator = ", ",
        BandFromFormat = "{0} · from {1}",
        Culture = CultureInfo.GetCultureInfo("en-GB"),
    };
}
