namespace KpiTracker.Domain.Collection;

/// <summary>
/// Calendar dates of the programme are dates in Asia/Muscat. Oman has kept UTC+4 without daylight saving since 1970, so a
/// fixed offset is exact and needs no time-zone database. A date opens at the start of that day in Muscat; a deadline on a
/// date lasts to the end of that day, i.e. until the start of the next. The one place that knows this: pages, PDFs and
/// schedules convert through here and only format at their edge.
/// </summary>
public static class MuscatTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(4);

    /// <summary>
    /// The zone for schedulers that want one (Hangfire's cron). It carries the IANA id, which is what a scheduler stores and
    /// resolves again; built from the offset, it needs no time-zone database here.
    /// </summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.CreateCustomTimeZone("Asia/Muscat", Offset, "Asia/Muscat", "Asia/Muscat");

    /// <summary>The same instant on Muscat's clock.</summary>
    public static DateTimeOffset ToMuscat(DateTimeOffset instant) => instant.ToOffset(Offset);

    public static DateTimeOffset StartOfDay(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    /// <summary>The first instant after the date in Muscat: "by 31 January" means strictly before this.</summary>
    public static DateTimeOffset EndOfDay(DateOnly date) => StartOfDay(date.AddDays(1));

    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToMuscat(instant).DateTime);

    /// <summary>Today's date in Muscat on the given clock.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOf(clock.GetUtcNow());
    }

    /// <summary>The date whose end of day is <paramref name="endInstant"/>.</summary>
    public static DateOnly DateEndingAt(DateTimeOffset endInstant) => DateOf(endInstant.AddTicks(-1));
}
