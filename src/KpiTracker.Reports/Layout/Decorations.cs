namespace KpiTracker.Reports.Layout;

/// <summary>Space around the child; Start and End follow the reading direction.</summary>
internal sealed class PaddingElement(float start, float top, float end, float bottom) : Container
{
    public override SpacePlan Measure(DrawingContext context, SKSize available)
    {
        var inner = new SKSize(available.Width - start - end, available.Height - top - bottom);
        if (inner.Width < 0 || inner.Height < 0)
        {
            return SpacePlan.Wrap;
        }

        var plan = Child.Measure(context, inner);
        return plan.IsWrap ? plan : plan with { Width = plan.Width + start + end, Height = plan.Height + top + bottom };
    }

    public override void Draw(DrawingContext context, SKRect area)
    {
        var left = context.RightToLeft ? end : start;
        var right = context.RightToLeft ? start : end;
        Child.Draw(context, new SKRect(area.Left + left, area.Top + top, area.Right - right, area.Bottom - bottom));
    }
}

internal sealed class BackgroundElement(SKColor color) : Container
{
    public override void Draw(DrawingContext context, SKRect area)
    {
        context.Canvas.DrawRect(area, context.Fill(color));
        Child.Draw(context, area);
    }
}

/// <summary>Lines on the chosen edges of the area; they take no space.</summary>
internal sealed class BorderElement(float top, float bottom, float start, float end, SKColor color) : Container
{
    public override void Draw(DrawingContext context, SKRect area)
    {
        Child.Draw(context, area);
        var left = context.RightToLeft ? end : start;
        var right = context.RightToLeft ? start : end;
        Line(context, top, area.Left, area.Top, area.Right, area.Top);
        Line(context, bottom, area.Left, area.Bottom, area.Right, area.Bottom);
        Line(context, left, area.Left, area.Top, area.Left, area.Bottom);
        Line(context, right, area.Right, area.Top, area.Right, area.Bottom);
    }

    private void Line(DrawingContext context, float width, float x0, float y0, float x1, float y1)
    {
        if (width > 0)
        {
            context.Canvas.DrawLine(x0, y0, x1, y1, context.Stroke(color, width));
        }
    }
}

/// <summary>Fixed or minimum height, fixed width.</summary>
internal sealed class ConstrainedElement(float? width, float? height, float? minHeight) : Container
{
    public override SpacePlan Measure(DrawingContext context, SKSize available)
    {
        var w = width ?? available.Width;
        if (w > available.Width + 0.01f || (height ?? minHeight ?? 0) > available.Height + 0.01f)
        {
            return SpacePlan.Wrap;
        }

        var plan = Child.Measure(context, new SKSize(w, height ?? available.Height));
        if (plan.IsWrap)
        {
            return plan;
        }

        var h = height ?? Math.Max(plan.Height, minHeight ?? 0);
        return plan with { Width = width ?? plan.Width, Height = h };
    }

    public override void Draw(DrawingContext context, SKRect area) =>
        Child.Draw(context, new SKRect(area.Left, area.Top, width is { } w ? area.Left + w : area.Right, area.Bottom));
}

/// <summary>Keeps the child on one page: if it does not fit whole, it moves to the next page.</summary>
internal sealed class ShowEntireElement : Container
{
    public override SpacePlan Measure(DrawingContext context, SKSize available)
    {
        var plan = Child.Measure(context, available);
        return plan.IsFull ? plan : SpacePlan.Wrap;
    }
}

internal sealed class PageBreakElement : Element
{
    private bool broken;

    public override SpacePlan Measure(DrawingContext context, SKSize available) =>
        broken ? SpacePlan.Full(0, 0) : SpacePlan.Partial(0, 0);

    public override void Draw(DrawingContext context, SKRect area) => broken = true;

    public override void Reset() => broken = false;
}
