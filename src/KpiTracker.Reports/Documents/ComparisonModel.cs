namespace KpiTracker.Reports.Documents;

/// <summary>The governorates of one cycle side by side: league table, criteria heat map and one chart per criterion.</summary>
public sealed record ComparisonModel(
    ReportLanguage Language,
    int CycleYear,
    EditionRef Edition,
    ScoreKind Kind,
    DateTimeOffset GeneratedAt,
    string InputHash,
    IReadOnlyList<ComparisonCriterion> Criteria,
    IReadOnlyList<GovernorateComparison> Governorates,
    IReadOnlyList<BandInfo>? Bands = null,
    ReportIdentity? Identity = null);

/// <summary>A band of the edition for the legend: its colour slot, name in the document's language and lowest score.</summary>
public sealed record BandInfo(Band Band, string Name, decimal MinScore);

public sealed record ComparisonCriterion(string Code, string Name, decimal? NationalMedian);

/// <summary>
/// One governorate; Scores follow the order of <see cref="ComparisonModel.Criteria"/>. Listed in rank order. Coverage is a share
/// (0–1); with <see cref="InsufficientData"/> its band and rank are printed as not established.
/// </summary>
public sealed record GovernorateComparison(
    string Code,
    string Name,
    int? Rank,
    decimal? Overall,
    Band? Band,
    string? BandName,
    int? RankChange,
    IReadOnlyList<CriterionScore> Scores,
    decimal? Coverage = null,
    bool InsufficientData = false);

public sealed record CriterionScore(decimal? Score, Band? Band);
