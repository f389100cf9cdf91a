namespace KpiTracker.Reports.Layout;

/// <summary>The fluent composition surface: decorations return the slot inside them, content fills the slot.</summary>
public static class ContainerExtensions
{
    public static IContainer Padding(this IContainer container, float all) => container.Padding(all, all, all, all);

    public static IContainer PaddingHorizontal(this IContainer container, float value) => container.Padding(value, 0, value, 0);

    public static IContainer PaddingVertical(this IContainer container, float value) => container.Padding(0, value, 0, value);

    public static IContainer PaddingBottom(this IContainer container, float value) => container.Padding(0, 0, 0, value);

    public static IContainer PaddingTop(this IContainer container, float value) => container.Padding(0, value, 0, 0);

    public static IContainer Padding(this IContainer container, float start, float top, float end, float bottom) =>
        Wrap(container, new PaddingElement(start, top, end, bottom));

    public static IContainer Background(this IContainer container, SKColor color) => Wrap(container, new BackgroundElement(color));

    public static IContainer Border(this IContainer container, float width, SKColor color) =>
        Wrap(container, new BorderElement(width, width, width, width, color));

    public static IContainer BorderBottom(this IContainer container, float width, SKColor color) =>
        Wrap(container, new BorderElement(0, width, 0, 0, color));

    public static IContainer BorderStart(this IContainer container, float width, SKColor color) =>
        Wrap(container, new BorderElement(0, 0, width, 0, color));

    public static IContainer Height(this IContainer container, float height) => Wrap(container, new ConstrainedElement(null, height, null));

    public static IContainer MinHeight(this IContainer container, float height) => Wrap(container, new ConstrainedElement(null, null, height));

    public static IContainer ShowEntire(this IContainer container) => Wrap(container, new ShowEntireElement());

    public static void Text(this IContainer container, string text, TextStyle style, TextAlignment alignment = TextAlignment.Start) =>
        Fill(container, new TextElement(text ?? string.Empty, style, alignment));

    public static void Canvas(this IContainer container, float height, CanvasPainter painter) =>
        Fill(container, new CanvasElement(height, painter));

    public static void Image(this IContainer container, SKImage image, float height) =>
        Fill(container, new ImageElement(image, height));

    public static void PageBreak(this IContainer container) => Fill(container, new PageBreakElement());

    public static void Column(this IContainer container, Action<ColumnDescriptor> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var descriptor = new ColumnDescriptor();
        build(descriptor);
        Fill(container, descriptor.Column);
    }

    public static void Row(this IContainer container, Action<RowDescriptor> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var descriptor = new RowDescriptor();
        build(descriptor);
        Fill(container, descriptor.Row);
    }

    public static void Table(this IContainer container, Action<TableDescriptor> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var descriptor = new TableDescriptor();
        build(descriptor);
        Fill(container, descriptor.Table);
    }

    public static void Component(this IContainer container, IComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        component.Compose(container);
    }

    private static Container Wrap(IContainer container, Container element)
    {
        Fill(container, element);
        return element;
    }

    private static void Fill(IContainer container, Element element)
    {
        if (container is not Container slot)
        {
            throw new ArgumentException("Only containers made by this library can be filled.", nameof(container));
        }

        if (slot.Child is not EmptyElement)
        {
            throw new InvalidOperationException("A container holds one element; use Column or Row for more.");
        }

        slot.Child = element;
    }
}
