using System.Globalization;

namespace KpiTracker.Application.Features.Excel;

/// <summary>What the platform writes into, and reads from, a spreadsheet cell, for .xlsx and .csv alike.</summary>
internal static class ExcelCells
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// Text that a spreadsheet would read as a formula (starting with =, +, -, @, tab or carriage return) gets a leading
    /// apostrophe, so a comment such as <c>=HYPERLINK(...)</c> stays text when someone opens the file (CSV injection).
    /// </summary>
    public static string? Text(string? text) => text is { Length: > 0 } && FormulaStarts.Contains(text[0]) ? "'" + text : text;

    /// <summary>The reverse of <see cref="Text"/> for a cell read back from a template, so a round trip changes nothing.</summary>
    public static string? Untext(string? text) => text is { Length: > 1 } && text[0] == '\'' && FormulaStarts.Contains(text[1]) ? text[1..] : text;

    /// <summary>A cell as the value rules read it: numbers in invariant culture (shortest round-trip form), blank as null.</summary>
    public static string? Read(object? cell) => cell switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : Untext(s.Trim()),
        double d => d.ToString(CultureInfo.InvariantCulture),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString(),
    };

    /// <summary>A stored decimal without the trailing zeros of its column's scale (61.5, not 61.500000); still a number.</summary>
    public static decimal? Number(decimal? value) => value / 1.000000000000000000000000000000000m;

    public static string? Instant(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
