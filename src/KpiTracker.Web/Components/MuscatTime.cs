using System.Globalization;

namespace KpiTracker.Web.Components;

/// <summary>
/// Times on the pages are Muscat time. Muscat keeps UTC+4 all year (no daylight saving), so a fixed offset is exact
/// and needs no time-zone database on the server.
/// </summary>
internal static class MuscatTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(4);

    public static string Format(DateTimeOffset value) => value.ToOffset(Offset).ToString("G", CultureInfo.CurrentCulture);

    /// <summary>The machine-readable form for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Iso(DateTimeOffset value) => value.ToOffset(Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>The last instant of the day that PostgreSQL can store (it keeps microseconds).</summary>
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1)).AddMicroseconds(-1);
}
