namespace KpiTracker.Domain.Scoring;

public enum IndicatorStatus
{
    Value,
    NotApplicable,
    Missing,
}

public enum ScoreKind
{
    Provisional,
    Final,
}

public enum TrafficLight
{
    Green,
    Amber,
    Red,
    Grey,
}
