using KpiTracker.Application.Features.Frameworks;

namespace KpiTracker.Application.Features.Scoring.GetComparisonPage;

/// <summary>
/// The comparison page's view: the comparison, the chosen indicator's trend (null when there is none to show), the edition's
/// bands from the highest, every governorate's names, and the governorates whose scorecards the caller may open (their names
/// link there).
/// </summary>
public sealed record ComparisonPageModel(
    ComparisonDto Comparison,
    ComparisonTrendDto? Trend,
    IReadOnlyList<BandDto> Bands,
    IReadOnlyList<NamedCode> Governorates,
    IReadOnlyList<string> Scorecards);
