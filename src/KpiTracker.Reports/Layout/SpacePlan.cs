namespace KpiTracker.Reports.Layout;

internal enum SpacePlanKind
{
    Wrap,
    Partial,
    Full,
}

/// <summary>An element's answer to Measure: nothing fits (Wrap), part of it fits (Partial) or all of it fits (Full).</summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, float Width, float Height)
{
    public static SpacePlan Wrap { get; } = new(SpacePlanKind.Wrap, 0, 0);

    public static SpacePlan Full(float width, float height) => new(SpacePlanKind.Full, width, height);

    public static SpacePlan Partial(float width, float height) => new(SpacePlanKind.Partial, width, height);

    public bool IsWrap => Kind == SpacePlanKind.Wrap;

    public bool IsFull => Kind == SpacePlanKind.Full;
}
