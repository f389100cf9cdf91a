namespace KpiTracker.Reports.Documents;

public enum ReportLanguage
{
    Arabic,
    English,
}

public enum ScoreKind
{
    Provisional,
    Final,
}

/// <summary>Performance bands of DOMAIN §4, lowest to highest.</summary>
public enum Band
{
    Initial,
    Developing,
    Established,
    Advanced,
    Leading,
}

public enum TrafficLight
{
    Grey,
    Red,
    Amber,
    Green,
}

public enum IndicatorStatus
{
    Value,
    NotApplicable,
    Missing,
}
