using System.Globalization;
using KpiTracker.Reports.Words;

namespace KpiTracker.Application.Features.Excel.ImportTemplate;

/// <summary>A refused import, as ProblemDetails (with the <c>rows</c> list) and as a workbook the user can keep beside the template.</summary>
internal static class ErrorReport
{
    private static readonly string[] Columns = ["row", "indicator", "field", "errorCode", "message"];

    public static AppError Problem(IReadOnlyList<ImportRowError> rows) => new(
        ErrorKind.Validation,
        "excel.rows.invalid",
        Messages.Get("excel.rows.invalid", RowCount(rows.Select(r => r.Row).Distinct().Count())),
        [.. rows.Select(r => new FieldError($"rows[{r.Row}].{r.Field}", r.Code, r.Message))]);

    private static string RowCount(int rows) =>
        Terms.Count("count.rows", rows, rows.ToString(CultureInfo.CurrentCulture));

    public static SpreadsheetFile Workbook(int year, string governorate, IReadOnlyList<ImportRowError> rows)
    {
        var content = Spreadsheets.Xlsx(Messages.Get("excel.sheet.errors"), Columns, rows.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["row"] = r.Row,
            ["indicator"] = r.Indicator,
            ["field"] = FieldLabel(r.Field),
            ["errorCode"] = r.Code,
            ["message"] = r.Message,
        }));
        return new SpreadsheetFile($"template-{year}-{governorate}-errors.xlsx", Spreadsheets.XlsxType, content);
    }

    private static string FieldLabel(string field) => ExcelColumns.Template.Contains(field) ? ExcelColumns.Header(field) : field;
}
