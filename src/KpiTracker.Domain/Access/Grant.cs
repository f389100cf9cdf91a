namespace KpiTracker.Domain.Access;

/// <summary>
/// One role in one scope. A null <see cref="OrgUnitCode"/> means every organisation unit, a null
/// <see cref="IndicatorCode"/> every indicator.
/// </summary>
public sealed record Grant(Role Role, string? OrgUnitCode, string? IndicatorCode)
{
    public bool Covers(string? orgUnitCode, string? indicatorCode) =>
        (OrgUnitCode is null || orgUnitCode is null || OrgUnitCode == orgUnitCode)
        && (IndicatorCode is null || indicatorCode is null || IndicatorCode == indicatorCode);
}
