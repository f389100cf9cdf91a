namespace KpiTracker.Reports.Layout;

/// <summary>Children stacked top to bottom; the column breaks between children (or inside a child that can split).</summary>
internal sealed class ColumnElement : Element
{
    private int next;

    public List<Element> Items { get; } = [];

    public float Spacing { get; set; }

    public override SpacePlan Measure(DrawingContext context, SKSize available)
    {
        var height = 0f;
        var width = 0f;
        for (var i = next; i < Items.Count; i++)
        {
            var gap = i > next ? Spacing : 0;
            var plan = Items[i].Measure(context, new SKSize(available.Width, available.Height - height - gap));
            if (plan.IsWrap)
            {
                return i == next ? SpacePlan.Wrap : SpacePlan.Partial(width, height);
            }

            height += gap + plan.Height;
            width = Math.Max(width, plan.Width);
            if (!plan.IsFull)
            {
                return SpacePlan.Partial(width, height);
            }
        }

        return SpacePlan.Full(width, height);
    }

    public override void Draw(DrawingContext context, SKRect area)
    {
        var y = area.Top;
        var first = next;
        for (var i = first; i < Items.Count; i++)
        {
            var gap = i > first ? Spacing : 0;
            var plan = Items[i].Measure(context, new SKSize(area.Width, area.Bottom - y - gap));
            if (plan.IsWrap)
            {
                return;
            }

            y += gap;
            Items[i].Draw(context, new SKRect(area.Left, y, area.Right, y + plan.Height));
            y += plan.Height;
            if (!plan.IsFull)
            {
                return;
            }

            next = i + 1;
        }
    }

    public override void Reset()
    {
        next = 0;
        Items.ForEach(i => i.Reset());
    }
}

public sealed class ColumnDescriptor
{
    internal ColumnElement Column { get; } = new();

    public void Spacing(float spacing) => Column.Spacing = spacing;

    public IContainer Item()
    {
        var container = new Container();
        Column.Items.Add(container);
        return container;
    }
}
