using System.Globalization;
using KpiTracker.Application.Features.Submissions.GetVerifyPage;
using KpiTracker.Application.Features.Submissions.VerifySubmissions;

namespace KpiTracker.Web.Components.Pages.Central.Verification;

/// <summary>How the verification page names its rows: governorate and indicator names, keys, links and the posted item value.</summary>
internal static class VerifyLabels
{
    public static string Key(string governorate, string indicator) => $"{governorate}-{indicator}";

    public static string GovName(VerifyPageModel page, string code) =>
        page.Governorates.FirstOrDefault(g => g.Code == code) is { } g ? Text.Pick(g.NameAr, g.NameEn) : code;

    public static string? IndicatorName(VerifyPageModel page, string code) =>
        page.Indicators.GetValueOrDefault(code) is { } i ? Text.Pick(i.NameAr, i.NameEn) : null;

    public static string ItemUrl(int year, string governorate, string indicator) => $"/cycles/{year}/submissions/{governorate}/{indicator}";

    /// <summary>A selected row as its checkbox posts it: governorate, indicator and the version read, so a later change is caught.</summary>
    public static string Posted(VerifyRow row) => $"{row.Governorate}/{row.Indicator}/{row.Version.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The posted value read back; null when it is not one.</summary>
    public static (string Governorate, string Indicator, uint Version)? Parse(string? value)
    {
        var parts = value?.Split('/') ?? [];
        return parts.Length == 3 && parts[0].Length > 0 && parts[1].Length > 0
               && uint.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (parts[0], parts[1], version)
            : null;
    }

    /// <summary>The item a problem's field names by its position (<c>items[3]</c>, <c>items[3].version</c>); null for the list itself.</summary>
    public static VerificationItem? ItemOf(IReadOnlyList<VerificationItem> sent, string field)
    {
        var end = field.IndexOf(']', StringComparison.Ordinal);
        return field.StartsWith("items[", StringComparison.Ordinal) && end > 6
               && int.TryParse(field.AsSpan(6, end - 6), NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sent.Count
            ? sent[i]
            : null;
    }
}
