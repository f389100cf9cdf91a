namespace KpiTracker.Reports.Layout;

/// <summary>
/// A table whose header row repeats on every page and whose rows never split. Columns run from the start edge, so
/// in a right-to-left document the first column is the rightmost.
/// </summary>
internal sealed class TableElement : Element
{
    private int next;

    public List<(float Constant, float Relative)> Columns { get; } = [];

    public List<Element>? Header { get; set; }

    public List<List<Element>> Rows { get; } = [];

    /// <summary>Rows that move to the next page with the row after them rather than end a page.</summary>
    public HashSet<int> KeepWithNext { get; } = [];

    public override SpacePlan Measure(DrawingContext context, SKSize available)
    {
        var widths = TrackSizing.Resolve(available.Width, Columns);
        var height = 0f;
        if (Header is not null)
        {
            var header = RowHeight(context, Header, widths, available.Height);
            if (header is null)
            {
                return SpacePlan.Wrap;
            }

            height = header.Value;
        }

        var (end, rows) = Fit(context, widths, available.Height - height);
        if (end == next && next < Rows.Count)
        {
            return SpacePlan.Wrap;
        }

        return end < Rows.Count ? SpacePlan.Partial(available.Width, height + rows) : SpacePlan.Full(available.Width, height + rows);
    }

    public override void Draw(DrawingContext context, SKRect area)
    {
        var widths = TrackSizing.Resolve(area.Width, Columns);
        var y = area.Top;
        if (Header is not null)
        {
            y += DrawRow(context, Header, widths, area, y, area.Bottom - y) ?? 0;
        }

        var (end, _) = Fit(context, widths, area.Bottom - y);
        for (var i = next; i < end; i++)
        {
            y += DrawRow(context, Rows[i], widths, area, y, area.Bottom - y) ?? 0;
        }

        next = end;
    }

    /// <summary>
    /// The rows from <see cref="next"/> that fit the height (the end index and their height); a row kept with the next one
    /// (a group heading) is not left alone at the foot of a page.
    /// </summary>
    private (int End, float Height) Fit(DrawingContext context, float[] widths, float space)
    {
        var height = 0f;
        for (var i = next; i < Rows.Count; i++)
        {
            var row = RowHeight(context, Rows[i], widths, space - height);
            if (row is null)
            {
                return (i, height);
            }

            if (KeepWithNext.Contains(i) && i + 1 < Rows.Count && RowHeight(context, Rows[i + 1], widths, space - height - row.Value) is null)
            {
                return (i, height);
            }

            height += row.Value;
        }

        return (Rows.Count, height);
    }

    public override void Reset()
    {
        next = 0;
        Header?.ForEach(c => c.Reset());
        Rows.ForEach(r => r.ForEach(c => c.Reset()));
    }

    private static float? DrawRow(DrawingContext context, List<Element> cells, float[] widths, SKRect area, float top, float space)
    {
        var height = RowHeight(context, cells, widths, space);
        if (height is null)
        {
            return null;
        }

        var offset = area.Left;
        for (var c = 0; c < cells.Count; c++)
        {
            var width = CellWidth(widths, cells.Count, c);
            var left = context.MirrorX(area, offset, width);
            cells[c].Draw(context, new SKRect(left, top, left + width, top + height.Value));
            offset += width;
        }

        return height;
    }

    private static float? RowHeight(DrawingContext context, List<Element> cells, float[] widths, float space)
    {
        var height = 0f;
        for (var c = 0; c < cells.Count; c++)
        {
            var plan = cells[c].Measure(context, new SKSize(CellWidth(widths, cells.Count, c), space));
            if (!plan.IsFull)
            {
                return null;
            }

            height = Math.Max(height, plan.Height);
        }

        return height;
    }

    // A row with a single cell spans every column (group headings).
    private static float CellWidth(float[] widths, int cellCount, int index) =>
        cellCount == 1 ? widths.Sum() : widths[index];
}
