using MiniExcelLibs;

namespace KpiTracker.Application.Features.Excel.ImportTemplate;

/// <summary>One data row of a filled template: its sheet row number (1-based, as the spreadsheet shows it), code and entries.</summary>
internal sealed record TemplateRow(int Row, string? Code, ValueInput Input)
{
    public bool HasEntries => Input != new ValueInput();
}

/// <summary>
/// Reads the first sheet of a filled template. The first row names the columns (in Arabic, English, or by key; order does
/// not matter, unknown columns are ignored); every later row that is not empty is an entry. Cells keep their text for the
/// value rules, so a mistyped number is reported, not guessed.
/// </summary>
internal static class TemplateReader
{
    public const int MaxRows = 2_000;

    public static (IReadOnlyList<TemplateRow> Rows, string? Problem) Read(Stream xlsx)
    {
        var rows = new List<TemplateRow>();
        Dictionary<string, string>? columns = null;
        var number = 0;
        foreach (IDictionary<string, object?> cells in xlsx.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
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
            });
            if (row.Code is not null || row.HasEntries)
            {
                rows.Add(row);
            }
        }

        return columns is null ? ([], "excel.header.missing") : (rows, null);
    }
}
