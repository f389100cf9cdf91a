namespace KpiTracker.Reports.Layout;

/// <summary>Document information written into the PDF; the creation time is fixed by the caller so output is reproducible.</summary>
public sealed record DocumentMetadata(string Title, string Subject, DateTimeOffset Created);

/// <summary>
/// A document composed with the fluent API. Rendering lays it out twice: once without drawing to count the pages
/// (for "page x of y"), then for real.
/// </summary>
public sealed class ReportDocument
{
    private const int MaxPages = 500;
    private readonly Action<PageDescriptor> compose;
    private readonly DocumentMetadata metadata;

    private ReportDocument(Action<PageDescriptor> compose, DocumentMetadata metadata)
    {
        this.compose = compose;
        this.metadata = metadata;
    }

    public static ReportDocument Create(DocumentMetadata metadata, Action<PageDescriptor> compose)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(compose);
        return new ReportDocument(compose, metadata);
    }

    public void GeneratePdf(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var page = Compose(out var content);
        var (total, fonts) = CountPages(page, content);
        var pdfMetadata = new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Subject = metadata.Subject,
            Creator = "KpiTracker",
            Producer = "KpiTracker.Reports (Skia PDF)",
            Creation = metadata.Created.UtcDateTime,
            Modified = metadata.Created.UtcDateTime,
            RasterDpi = 150,
        };
        using var document = SKDocument.CreatePdf(output, pdfMetadata);
        Layout(page, content, total, fonts, null, _ => document.BeginPage(page.Size.Width, page.Size.Height), _ => document.EndPage());
        document.Close();
    }

    /// <summary>Draws every page to a bitmap with the same element tree the PDF gets (used by the visual tests).</summary>
    internal List<SKBitmap> RenderBitmaps(float scale)
    {
        var page = Compose(out var content);
        var (total, fonts) = CountPages(page, content);
        var bitmaps = new List<SKBitmap>();
        SKCanvas? canvas = null;
        Layout(page, content, total, fonts, null, _ =>
        {
            var bitmap = new SKBitmap((int)MathF.Ceiling(page.Size.Width * scale), (int)MathF.Ceiling(page.Size.Height * scale));
            bitmaps.Add(bitmap);
            canvas = new SKCanvas(bitmap);
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            return canvas;
        }, _ => canvas?.Dispose());
        return bitmaps;
    }

    internal int CountPages()
    {
        var page = Compose(out var content);
        return CountPages(page, content).Pages;
    }

    private PageDescriptor Compose(out Container content)
    {
        var page = new PageDescriptor();
        compose(page);
        content = new Container();
        page.ContentComposer?.Invoke(content);
        return page;
    }

    // The first pass lays every page out without drawing: it counts the pages for "page x of y" and collects the
    // text, so the fonts can be cut down to the glyphs the document uses before anything is drawn.
    private static (int Pages, EmbeddedFonts Fonts) CountPages(PageDescriptor page, Container content)
    {
        using var canvas = new SKNoDrawCanvas((int)page.Size.Width, (int)page.Size.Height);
        var collected = new HashSet<TextLayout>();
        var count = Layout(page, content, 0, EmbeddedFonts.Whole, collected, _ => canvas, _ => { });
        content.Reset();
        return (count, EmbeddedFonts.For(collected));
    }

    private static int Layout(PageDescriptor page, Container content, int total, EmbeddedFonts fonts, HashSet<TextLayout>? collector, Func<int, SKCanvas> begin, Action<int> end)
    {
        var rightToLeft = page.Direction == LayoutDirection.RightToLeft;
        for (var number = 1; number <= MaxPages; number++)
        {
            var canvas = begin(number);
            using var context = new DrawingContext(canvas, rightToLeft, fonts, collector);
            var info = new PageInfo(number, total);
            var area = new SKRect(page.Margin, page.Margin, page.Size.Width - page.Margin, page.Size.Height - page.Margin);
            var header = Part(page.HeaderComposer, info);
            var footer = Part(page.FooterComposer, info);
            var headerHeight = header.Measure(context, area.Size).Height;
            var footerHeight = footer.Measure(context, area.Size).Height;
            var top = area.Top + headerHeight + (headerHeight > 0 ? page.HeaderSpacing : 0);
            var bottom = area.Bottom - footerHeight - (footerHeight > 0 ? page.HeaderSpacing : 0);
            var body = new SKRect(area.Left, top, area.Right, bottom);

            var plan = content.Measure(context, body.Size);
            if (plan.IsWrap)
            {
                throw new InvalidOperationException($"Page {number}: the next element is taller than a whole page and cannot be placed.");
            }

            page.WatermarkLayer?.Draw(context, body);
            content.Draw(context, body);
            header.Draw(context, new SKRect(area.Left, area.Top, area.Right, area.Top + headerHeight));
            footer.Draw(context, new SKRect(area.Left, area.Bottom - footerHeight, area.Right, area.Bottom));
            end(number);
            if (plan.IsFull)
            {
                return number;
            }
        }

        throw new InvalidOperationException($"The document grew beyond {MaxPages} pages.");
    }

    private static Container Part(Action<IContainer, PageInfo>? composer, PageInfo info)
    {
        var container = new Container();
        composer?.Invoke(container, info);
        return container;
    }
}
