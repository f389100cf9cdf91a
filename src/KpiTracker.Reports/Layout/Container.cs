namespace KpiTracker.Reports.Layout;

internal class Container : Element, IContainer
{
    public Element Child { get; set; } = new EmptyElement();

    public override SpacePlan Measure(DrawingContext context, SKSize available) => Child.Measure(context, available);

    public override void Draw(DrawingContext context, SKRect area) => Child.Draw(context, area);

    public override void Reset() => Child.Reset();
}
