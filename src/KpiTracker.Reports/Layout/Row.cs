namespace KpiTracker.Reports.Layout;

/// <summary>
/// Children side by side with constant or relative widths, laid out from the start edge (the right in a right-to-left
/// document). A row is kept whole on one page.
/// </summary>
internal sealed class RowElement : Element
{
    public List<(Element Element, float Constant, float Relative)> Items { get; } = [];

    public float Spacing { get; set; }

    public override SpacePlan Measure(DrawingContext context, SKSize available)
    {
        var widths = Widths(available.Width);
        var height = 0f;
        for (var i = 0; i < Items.Count; i++)
        {
            var plan = Items[i].Element.Measure(context, new SKSize(widths[i], available.Height));
            if (!plan.IsFull)
            {
                return SpacePlan.Wrap;
            }

            height = Math.Max(height, plan.Height);
        }

        return SpacePlan.Full(available.Width, height);
    }

    public override void Draw(DrawingContext context, SKRect area)
    {
        var widths = Widths(area.Width);
        var offset = area.Left;
        for (var i = 0; i < Items.Count; i++)
        {
            var left = context.MirrorX(area, offset, widths[i]);
            Items[i].Element.Draw(context, new SKRect(left, area.Top, left + widths[i], area.Bottom));
            offset += widths[i] + Spacing;
        }
    }

    public override void Reset() => Items.ForEach(i => i.Element.Reset());

    private float[] Widths(float total) =>
        TrackSizing.Resolve(total - (Spacing * Math.Max(0, Items.Count - 1)), Items.Select(i => (i.Constant, i.Relative)));
}

internal static class TrackSizing
{
    public static float[] Resolve(float total, IEnumerable<(float Constant, float Relative)> tracks)
    {
        var list = tracks.ToList();
        var free = Math.Max(0, total - list.Sum(t => t.Constant));
        var relative = list.Sum(t => t.Relative);
        return list.Select(t => t.Constant + (relative > 0 ? free * t.Relative / relative : 0)).ToArray();
    }
}

public sealed class RowDescriptor
{
    internal RowElement Row { get; } = new();

    public void Spacing(float spacing) => Row.Spacing = spacing;

    public IContainer RelativeItem(float size = 1) => Add(0, size);

    public IContainer ConstantItem(float width) => Add(width, 0);

    private Container Add(float constant, float relative)
    {
        var container = new Container();
        Row.Items.Add((container, constant, relative));
        return container;
    }
}
