using KpiTracker.Domain.Scoring;

namespace KpiTracker.Domain.Improvement;

/// <summary>What the reviewer asks for, with what the scorecard says of the indicator (its light, its criterion, its value).</summary>
public sealed record ActionDraft(
    Guid CycleId,
    int Year,
    string OrgUnitCode,
    int Number,
    string IndicatorCode,
    string Title,
    string? Description,
    Guid ResponsibleUserId,
    DateOnly DueDate,
    decimal Expected,
    TrafficLight Light,
    bool CriterionBelowEstablished,
    decimal? Baseline);
