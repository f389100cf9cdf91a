namespace KpiTracker.Domain.Frameworks;

/// <summary>The four bounds of a <c>range</c> indicator: 0 at or beyond LowerZero/UpperZero, 100 inside TargetLow..TargetHigh.</summary>
public sealed record RangeBounds(decimal LowerZero, decimal TargetLow, decimal TargetHigh, decimal UpperZero)
{
    public bool IsOrdered => LowerZero < TargetLow && TargetLow <= TargetHigh && TargetHigh < UpperZero;
}
