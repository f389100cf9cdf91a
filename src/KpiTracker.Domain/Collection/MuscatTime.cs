namespace KpiTracker.Domain.Collection;

/// <summary>
/// Calendar dates of the programme are dates in Asia/Muscat. Oman has kept UTC+4 without daylight saving since 1970, so a
/// fixed offset is exact and needs no time-zone database. A date opens at the start of that day in Muscat; a deadline on a
/// date lasts to the end of that day, i.e. until the start of the next.
/// </summary>
public static class MuscatTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(4);

    public static DateTimeOffset StartOfDay(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>The first instant after the date in Muscat: "by 31 January" means strictly before this.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => StartOfDay(date.AddDays(1));

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>The date whose end of day is <paramref name="endInstant"/>.</summary>
    public static DateOnly DateEndingAt(DateTimeOffset endInstant) => DateOf(endInstant.AddTicks(-1));
}
