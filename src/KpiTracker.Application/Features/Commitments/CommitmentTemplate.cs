using KpiTracker.Application.Features.Excel;

namespace KpiTracker.Application.Features.Commitments;

/// <summary>
/// The columns of the commitments template, by key (headers in the caller's language, read back in either): what identifies
/// the indicator, its ambition check as the commitments table shows it, the commitment so far, and the one column to fill.
/// </summary>
internal static class CommitmentTemplate
{
    public const string Value = "commitmentValue";

    /// <summary>The most data rows a filled template may have: far more than an edition's indicators, as for the entry template.</summary>
    public const int MaxRows = 2_000;

    public static readonly string[] Columns =
    [
        ExcelColumns.Code, "indicatorName", "unit", "direction", "current", "trend", "nationalMedian", "nationalBest", "target", "nextBandValue",
        "committed", "commitmentStatus", Value,
    ];
}
