using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Data.Scoring;

/// <summary>
/// One scoring of one governorate in one cycle, kept as a read model: the engine's numbers and what produced them (kind,
/// edition, engine version, the SHA-256 of the canonical inputs). Runs are never changed afterwards except for
/// <see cref="IsLatest"/>, which a unique partial index keeps true on at most one run per cycle and governorate.
/// Rank is not stored: it depends on every governorate's latest run, so queries rank those.
/// </summary>
public sealed class ScoreRun
{
    public Guid Id { get; init; }
    public Guid CycleId { get; init; }
    public int Year { get; init; }
    public string OrgUnitCode { get; init; } = "";
    public ScoreKind Kind { get; init; }
    public string EditionCode { get; init; } = "";
    public string EngineVersion { get; init; } = "";

    /// <summary>What asked for the run: <c>decision</c>, <c>manual</c>, <c>nightly</c> or <c>close</c>.</summary>
    public string Trigger { get; init; } = "";
    public DateTimeOffset ComputedAt { get; init; }

    /// <summary>Lower-case hex SHA-256 of the canonical inputs (see <c>ScoringInputs.Canonical</c>).</summary>
    public string InputHash { get; init; } = "";
    public bool IsLatest { get; set; }
    public decimal? Overall { get; init; }
    public decimal? PublishedOverall { get; init; }
    public string? Band { get; init; }
    public decimal? Coverage { get; init; }
    public bool InsufficientData { get; init; }
    public int ValueCount { get; init; }
    public int ApplicableCount { get; init; }
    public decimal? DeltaOverall { get; init; }
    public decimal? GapClosure { get; init; }
    public decimal Dqi { get; init; }

    /// <summary>The DQI's five components (0–100, higher is better); null on runs of engines before 2026.2, which kept only their mean.</summary>
    public decimal? DqiCompleteness { get; init; }
    public decimal? DqiTimeliness { get; init; }
    public decimal? DqiFirstPassAcceptance { get; init; }
    public decimal? DqiEvidenceReviewed { get; init; }
    public decimal? DqiItemsWithoutOpenFlags { get; init; }
    /// <summary>
    /// 100 × the mean realisation of the governorate's improvement actions due in this cycle (<c>LoopScore</c>); null when none
    /// is due or none is measurable. <see cref="LoopActions"/> counts the actions due, measurable or not.
    /// </summary>
    public decimal? LoopScore { get; init; }
    public int LoopActions { get; init; }
    public List<ScoreRunCriterion> Criteria { get; } = [];
    public List<ScoreRunIndicator> Indicators { get; } = [];
}

/// <summary>A criterion row of a run; scores and the weight share are null when the criterion is not published.</summary>
public sealed class ScoreRunCriterion
{
    public Guid RunId { get; init; }
    public string Code { get; init; } = "";
    public int Order { get; init; }
    public decimal? Score { get; init; }
    public decimal? PublishedScore { get; init; }
    public string? Band { get; init; }
    public int ApplicableCount { get; init; }
    public int ValueCount { get; init; }
    public bool Published { get; init; }
    public decimal? WeightShare { get; init; }
    public decimal? Delta { get; init; }
}

/// <summary>
/// An indicator row of a run with the bounds it was scored on (after the governorate's override): <c>up</c>/<c>down</c> use
/// <see cref="Lower"/> and <see cref="Target"/>; <c>range</c> uses all four (lower zero, target low, target high, upper zero).
/// </summary>
public sealed class ScoreRunIndicator
{
    public Guid RunId { get; init; }
    public string Code { get; init; } = "";
    public string CriterionCode { get; init; } = "";
    public int Order { get; init; }
    public IndicatorStatus Status { get; init; }
    public decimal? Value { get; init; }
    public decimal? Lower { get; init; }
    public decimal? Target { get; init; }
    public decimal? TargetHigh { get; init; }
    public decimal? Upper { get; init; }
    public decimal? Score { get; init; }
    public decimal? PublishedScore { get; init; }
    public decimal? Achievement { get; init; }
    public TrafficLight Light { get; init; }
    public bool Counted { get; init; }
    public decimal? ContributionToCriterion { get; init; }
    public decimal? ContributionToOverall { get; init; }
    public decimal? Delta { get; init; }
}
