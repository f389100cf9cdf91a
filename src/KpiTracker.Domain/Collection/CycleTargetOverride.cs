namespace KpiTracker.Domain.Collection;

/// <summary>
/// L and T of a size-sensitive (count) indicator for one governorate in one cycle, set by the central team; scoring uses
/// them instead of the edition's.
/// </summary>
public sealed class CycleTargetOverride : EventSource, IAudited
{
    private CycleTargetOverride()
    {
    }

    public Guid Id { get; private set; }
    public Guid CycleId { get; private set; }
    public int Year { get; private set; }
    public string OrgUnitCode { get; private set; } = "";
    public string IndicatorCode { get; private set; } = "";
    public decimal Lower { get; private set; }
    public decimal Target { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public string AuditKey => $"{Year}/{OrgUnitCode}/{IndicatorCode}";

    /// <summary>Only count indicators take overrides; L and T are not negative, differ, and follow the indicator's direction.</summary>
    public static IEnumerable<RuleViolation> Check(Indicator indicator, decimal lower, decimal target)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (indicator.Unit != IndicatorUnit.Count)
        {
            yield return new RuleViolation("indicator", "target.not_count");
            yield break;
        }

        if (lower < 0)
        {
            yield return new RuleViolation("lower", "target.negative");
        }

        if (target < 0)
        {
            yield return new RuleViolation("target", "target.negative");
        }

        if (lower == target)
        {
            yield return new RuleViolation("target", "indicator.lower_equals_target");
        }
        else if ((indicator.Direction == IndicatorDirection.Up && lower > target) || (indicator.Direction == IndicatorDirection.Down && lower < target))
        {
            yield return new RuleViolation("target", "indicator.direction.mismatch");
        }
    }

    public static CycleTargetOverride Create(Cycle cycle, string orgUnitCode, Indicator indicator, decimal lower, decimal target, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(cycle);
        var item = new CycleTargetOverride { Id = Guid.NewGuid(), CycleId = cycle.Id, Year = cycle.Year, OrgUnitCode = orgUnitCode, IndicatorCode = indicator.Code };
        item.Set(indicator, lower, target, now);
        return item;
    }

    public void Set(Indicator indicator, decimal lower, decimal target, DateTimeOffset now)
    {
        if (Check(indicator, lower, target).FirstOrDefault() is { } broken)
        {
            throw new DomainException($"Target override {AuditKey}: {broken.Code}");
        }

        Lower = lower;
        Target = target;
        UpdatedAt = now;
        Raise(new ScoringInputsChanged(CycleId, OrgUnitCode));
    }
}
