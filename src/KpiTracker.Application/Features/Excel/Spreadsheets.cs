using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Csv;
using MiniExcelLibs.OpenXml;

namespace KpiTracker.Application.Features.Excel;

/// <summary>A file produced for download.</summary>
public sealed record SpreadsheetFile(string FileName, string ContentType, byte[] Content);

/// <summary>Writing sheets and reading the framework, shared by the spreadsheet slices.</summary>
internal static class Spreadsheets
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvType = "text/csv; charset=utf-8";

    /// <summary>
    /// One sheet with a header row in the caller's language, right to left for Arabic. Every text cell is neutralised
    /// (<see cref="ExcelCells.Text"/>); numbers stay numbers.
    /// </summary>
    public static byte[] Xlsx(string sheetName, IReadOnlyList<string> columns, IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        var configuration = new OpenXmlConfiguration { RightToLeft = ExcelColumns.IsRightToLeft, EnableAutoWidth = false, FreezeRowCount = 1 };
        stream.SaveAs(Table(columns, rows), sheetName: sheetName, excelType: ExcelType.XLSX, configuration: configuration);
        return stream.ToArray();
    }

    public static byte[] Csv(IReadOnlyList<string> columns, IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        var configuration = new CsvConfiguration { Culture = CultureInfo.InvariantCulture, NewLine = "\r\n" };
        stream.SaveAs(Table(columns, rows), excelType: ExcelType.CSV, configuration: configuration);
        return stream.ToArray();
    }

    /// <summary>The indicators of an edition in framework order (criterion, then indicator).</summary>
    public static Task<List<Indicator>> IndicatorsAsync(AppDbContext db, Guid editionId, CancellationToken cancellationToken) =>
        (from i in db.Indicators.AsNoTracking()
         join c in db.Criteria on i.CriterionId equals c.Id
         where c.EditionId == editionId
         orderby c.Order, i.Order
         select i).ToListAsync(cancellationToken);

    public static string Unit(IndicatorUnit unit) => Common.Messages.Get("excel.unit." + Domain.Common.Codes.ToCode(unit));

    private static List<Dictionary<string, object?>> Table(IReadOnlyList<string> columns, IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        var headers = columns.Select(ExcelColumns.Header).ToList();
        var table = rows.Select(row =>
        {
            var cells = new Dictionary<string, object?>(columns.Count);
            for (var i = 0; i < columns.Count; i++)
            {
                var value = row.GetValueOrDefault(columns[i]);
                cells[headers[i]] = value is string text ? ExcelCells.Text(text) : value;
            }

            return cells;
        }).ToList();

        // MiniExcel takes the header row from the first row's keys; an empty sheet still gets its headers.
        return table.Count > 0 ? table : [headers.ToDictionary(h => h, _ => (object?)null)];
    }
}
