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
    IReadOnlyList<GovernorateComparison> Governorates);

public sealed record ComparisonCriterion(string Code, string Name, decimal? NationalMedian);

/// <summary>One governorate; Scores follow the order of <see cref="ComparisonModel.Criteria"/>. Listed in rank order.</summary>
public sealed record GovernorateComparison(
    string Code,
    string Name,
    int? Rank,
    decimal? Overall,
    Band? Band,
    string? BandName,
    int? RankChange,
    IReadOnlyList<CriterionScore> Scores);

public sealed record CriterionScore(decimal? Score, Band? Band);
