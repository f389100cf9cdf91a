using KpiTracker.Reports.Words;

namespace KpiTracker.Web.Components;

/// <summary>Count messages of Terms.resx on screen: ICU picks the plural form, the number is written as every number on screen.</summary>
internal static class Counts
{
    public static string Of(string key, decimal count) => Terms.Count(key, count, Text.Number(count));
}
