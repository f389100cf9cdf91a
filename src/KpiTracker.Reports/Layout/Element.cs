namespace KpiTracker.Reports.Layout;

/// <summary>
/// A layout node with the two-phase contract: Measure says how much of it fits the space offered; Draw paints what
/// fits into the area it is given and, for elements that split across pages, remembers where to go on.
/// </summary>
internal abstract class Element
{
    public abstract SpacePlan Measure(DrawingContext context, SKSize available);

    public abstract void Draw(DrawingContext context, SKRect area);

    /// <summary>Forgets pagination progress, so the same tree can be laid out again (page counting, then drawing).</summary>
    public virtual void Reset()
    {
    }
}

internal sealed class EmptyElement : Element
{
    public override SpacePlan Measure(DrawingContext context, SKSize available) => SpacePlan.Full(0, 0);

    public override void Draw(DrawingContext context, SKRect area)
    {
    }
}
