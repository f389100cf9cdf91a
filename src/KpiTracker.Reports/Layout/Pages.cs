namespace KpiTracker.Reports.Layout;

public enum LayoutDirection
{
    LeftToRight,
    RightToLeft,
}

/// <summary>The page being drawn and how many there are, for "page x of y".</summary>
public readonly record struct PageInfo(int Number, int Total);

public static class PageSizes
{
    public static SKSize A4Portrait { get; } = new(595.28f, 841.89f);

    public static SKSize A4Landscape { get; } = new(841.89f, 595.28f);
}

/// <summary>Page setup and the three parts of every page; header and footer are composed anew for each page.</summary>
public sealed class PageDescriptor
{
    internal SKSize Size { get; private set; } = PageSizes.A4Portrait;

    internal float Margin { get; private set; } = 36;

    internal LayoutDirection Direction { get; private set; } = LayoutDirection.LeftToRight;

    internal float HeaderSpacing { get; private set; } = 8;

    internal Action<IContainer, PageInfo>? HeaderComposer { get; private set; }

    internal Action<IContainer, PageInfo>? FooterComposer { get; private set; }

    internal Action<IContainer>? ContentComposer { get; private set; }

    internal WatermarkElement? WatermarkLayer { get; private set; }

    public PageDescriptor PageSize(SKSize size)
    {
        Size = size;
        return this;
    }

    public PageDescriptor Margins(float margin)
    {
        Margin = margin;
        return this;
    }

    public PageDescriptor ContentDirection(LayoutDirection direction)
    {
        Direction = direction;
        return this;
    }

    public PageDescriptor Spacing(float spacing)
    {
        HeaderSpacing = spacing;
        return this;
    }

    public PageDescriptor Header(Action<IContainer, PageInfo> compose)
    {
        HeaderComposer = compose;
        return this;
    }

    public PageDescriptor Footer(Action<IContainer, PageInfo> compose)
    {
        FooterComposer = compose;
        return this;
    }

    /// <summary>Text drawn diagonally across the middle of every page, behind the content (e.g. "provisional").</summary>
    public PageDescriptor Watermark(string text, TextStyle style, float degrees = -32)
    {
        WatermarkLayer = string.IsNullOrWhiteSpace(text) ? null : new WatermarkElement(text, style, degrees);
        return this;
    }

    public PageDescriptor Content(Action<IContainer> compose)
    {
        ContentComposer = compose;
        return this;
    }
}
