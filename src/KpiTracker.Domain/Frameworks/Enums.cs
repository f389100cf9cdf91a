namespace KpiTracker.Domain.Frameworks;

public enum EditionStatus
{
    Draft,
    Published,
}

public enum IndicatorUnit
{
    Percent,
    Score,
    Count,
    WorkingDays,
}

public enum IndicatorDirection
{
    Up,
    Down,
    Range,
}

public enum SourceType
{
    Survey,
    Admin,
    Ipr,
    Finance,
    Document,
    Platform,
}
