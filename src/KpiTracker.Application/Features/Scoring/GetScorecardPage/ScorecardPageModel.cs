using KpiTracker.Application.Features.Frameworks;

namespace KpiTracker.Application.Features.Scoring.GetScorecardPage;

/// <summary>
/// The scorecard page's view: the latest run's card, or why there is none yet (a planned cycle, a run being computed); the
/// governorate's names; the switchers' choices (the years with a run of this governorate, newest first, and the governorates the
/// caller may read, in their order); the edition's traffic-light thresholds, its bands and its indicators in framework order (the
/// what-if rows when there is no card); and the next-band plan, null when the cycle cannot be scored.
/// </summary>
public sealed record ScorecardPageModel(
    ScorecardDto? Card,
    string? NoScores,
    NamedCode Unit,
    IReadOnlyList<int> Years,
    IReadOnlyList<NamedCode> Governorates,
    TrafficLightsDto Lights,
    IReadOnlyList<BandDto> Bands,
    IReadOnlyList<NamedCode> Indicators,
    NextBandDto? Plan);
