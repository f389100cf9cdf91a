using MiniExcelLibs;

namespace KpiTracker.Application.Features.Excel.ImportTemplate;

/// <summary>One data row of a filled template: its sheet row number (1-based, as the spreadsheet shows it), code, entries and the item version it was made from.</summary>
internal sealed record TemplateRow(int Row, string? Code, ValueInput Input, string? Version)
{
    public bool HasEntries => Input != new ValueInput();
}

/// <summary>
/// Reads the first sheet of a filled template. The first row names the columns (in Arabic, English, or by key; order does
/// not matter, unknown columns are ignored); every later row that is not empty is an entry. Cells keep their text for the
/// value rules, so a mistyped number is reported, not guessed. The sheets' shape is checked first (<see cref="SheetShape"/>):
/// nothing is built from a workbook that reaches past the template's columns or row limit.
/// </summary>
internal static class TemplateReader
{
    public const int MaxRows = 2_000;

    /// <summary>As many columns as the template has; unknown columns may stand among them, but none beyond.</summary>
    public static int MaxColumns => ExcelColumns.Template.Length;

    public static (IReadOnlyList<TemplateRow> Rows, string? Problem) Read(Stream xlsx, CancellationToken cancellationToken)
    {
        if (SheetShape.Check(xlsx, MaxColumns, MaxRows + 1, cancellationToken) is { } shape)
        {
            return ([], shape);
        }

        xlsx.Position = 0;
        var rows = new List<TemplateRow>();
        Dictionary<string, string>? columns = null;
        var number = 0;
        foreach (IDictionary<string, object?> cells in xlsx.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            if (columns is null)
            {
                columns = cells.Select(c => (Letter: c.Key, Key: ExcelColumns.KeyOf(c.Value as string)))
                    .Where(c => c.Key is not null)
                    .GroupBy(c => c.Key!)
                    .ToDictionary(g => g.Key, g => g.First().Letter);
                if (!columns.ContainsKey(ExcelColumns.Code))
                {
                    return ([], "excel.header.missing");
                }

                // A template made before items carried their version cannot tell a newer draft from its own: it is refused whole.
                if (!columns.ContainsKey(ExcelColumns.Version))
                {
                    return ([], "excel.header.version_missing");
                }

                continue;
            }

            if (number > MaxRows + 1)
            {
                return ([], "excel.too_many_rows");
            }

            string? Cell(string key) => columns.TryGetValue(key, out var letter) ? ExcelCells.Read(cells.TryGetValue(letter, out var v) ? v : null) : null;
            var row = new TemplateRow(number, Cell(ExcelColumns.Code), new ValueInput
            {
                Value = Cell("value"),
                Numerator = Cell("numerator"),
                Denominator = Cell("denominator"),
                LikertMean = Cell("likertMean"),
                SampleSize = Cell("sampleSize"),
                Population = Cell("population"),
                ResponseRate = Cell("responseRate"),
                Instrument = Cell("instrument"),
                Comment = Cell("comment"),
                Justification = Cell("justification"),
            }, Cell(ExcelColumns.Version));
            if (row.Code is not null || row.HasEntries)
            {
                rows.Add(row);
            }
        }

        return columns is null ? ([], "excel.header.missing") : (rows, null);
    }
}
