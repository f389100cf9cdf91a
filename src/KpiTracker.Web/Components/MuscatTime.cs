using System.Globalization;

namespace KpiTracker.Web.Components;

/// <summary>
/// Times on the pages are Muscat time. Muscat keeps UTC+4 all year (no daylight saving), so a fixed offset is exact
/// and needs no time-zone database on the server.
/// </summary>
internal static class MuscatTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(4);

    /// <summary>
    /// A moment in Muscat time, to the second. English spells the month ("9 Nov 2026, 14:05:00"): the culture's own short form
    /// is month-first (11/9/2026), which readers in Oman take for day-first. Arabic keeps its culture's form, which is year-first.
    /// </summary>
    public static string Format(DateTimeOffset value) =>
        value.ToOffset(Offset).ToString(IsEnglish ? "d MMM yyyy, HH:mm:ss" : "G", CultureInfo.CurrentCulture);

    /// <summary>A calendar day, in the same unambiguous forms as <see cref="Format"/>.</summary>
    public static string Day(DateOnly day) => day.ToString(IsEnglish ? "d MMM yyyy" : "d", CultureInfo.CurrentCulture);

    private static bool IsEnglish => CultureInfo.CurrentCulture.TwoLetterISOLanguageName == "en";

    /// <summary>The machine-readable form for a <c>&lt;time datetime&gt;</c> attribute.</summary>
    public static string Iso(DateTimeOffset value) => value.ToOffset(Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>The last instant of the day that PostgreSQL can store (it keeps microseconds).</summary>
    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1)).AddMicroseconds(-1);
}
