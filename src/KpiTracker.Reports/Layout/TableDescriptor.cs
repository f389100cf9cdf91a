namespace KpiTracker.Reports.Layout;

/// <summary>The fluent side of <see cref="TableElement"/>: its columns, a header row, rows and rows spanning every column.</summary>
public sealed class TableDescriptor
{
    internal TableElement Table { get; } = new();

    public void ColumnsDefinition(Action<TableColumnsDescriptor> define)
    {
        ArgumentNullException.ThrowIfNull(define);
        define(new TableColumnsDescriptor(Table));
    }

    public void Header(Action<TableRowDescriptor> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var row = new TableRowDescriptor();
        cells(row);
        Table.Header = row.Cells;
    }

    public void Row(Action<TableRowDescriptor> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var row = new TableRowDescriptor();
        cells(row);
        if (row.Cells.Count != 1 && row.Cells.Count != Table.Columns.Count)
        {
            throw new InvalidOperationException($"A table row needs {Table.Columns.Count} cells (or one spanning cell), not {row.Cells.Count}.");
        }

        Table.Rows.Add(row.Cells);
    }

    /// <summary>A row with one cell spanning every column; a heading row is kept on the page of the row after it.</summary>
    public IContainer SpanningRow(bool heading = false)
    {
        var cell = new Container();
        if (heading)
        {
            Table.KeepWithNext.Add(Table.Rows.Count);
        }

        Table.Rows.Add([cell]);
        return cell;
    }
}

public sealed class TableColumnsDescriptor
{
    private readonly TableElement table;

    internal TableColumnsDescriptor(TableElement table) => this.table = table;

    public void ConstantColumn(float width) => table.Columns.Add((width, 0));

    public void RelativeColumn(float size = 1) => table.Columns.Add((0, size));
}

public sealed class TableRowDescriptor
{
    internal List<Element> Cells { get; } = [];

    public IContainer Cell()
    {
        var cell = new Container();
        Cells.Add(cell);
        return cell;
    }
}
