using System.Xml;
using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Features.Excel;
using MiniExcelLibs;

namespace KpiTracker.Application.Features.Commitments.ImportCommitmentTemplate;

/// <summary>One row of a filled commitments template: the code and commitment value as typed, and the cells they sit in (<c>A7</c>, <c>M7</c>).</summary>
internal sealed record CommitmentTemplateRow(string? Code, string CodeCell, string? Value, string ValueCell);

/// <summary>
/// Reads the first sheet of a filled commitments template with the entry template's safeguards: the file must be a workbook
/// (<see cref="FileInspector"/>), its sheets no wider than the template nor longer than <see cref="CommitmentTemplate.MaxRows"/>
/// rows (<see cref="SheetShape"/>). The first row names the columns (in Arabic, English, or by key; order does not matter,
/// unknown columns are ignored); only the code and the commitment value are read, as text, so a mistyped number is reported.
/// </summary>
internal static class CommitmentTemplateReader
{
    public static (IReadOnlyList<CommitmentTemplateRow> Rows, FieldError? Problem) Read(Stream xlsx, CancellationToken cancellationToken)
    {
        if (xlsx.Length > FileRules.MaxFileBytes)
        {
            return ([], FileRules.Problem("file", "file.too_large"));
        }

        var (kind, problem) = FileInspector.Inspect(xlsx, cancellationToken);
        if (problem is not null || kind != FileKind.Xlsx)
        {
            return ([], FileRules.Problem("file", problem ?? "excel.file.not_xlsx"));
        }

        try
        {
            return ReadSheet(xlsx, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or InvalidOperationException or FormatException or IOException)
        {
            return ([], FileRules.Problem("file", "excel.file.unreadable"));
        }
    }

    private static (IReadOnlyList<CommitmentTemplateRow> Rows, FieldError? Problem) ReadSheet(Stream xlsx, CancellationToken cancellationToken)
    {
        var width = CommitmentTemplate.Columns.Length;
        if (SheetShape.Check(xlsx, width, CommitmentTemplate.MaxRows + 1, cancellationToken) is { } shape)
        {
            return ([], shape == "excel.sheet.too_wide"
                ? new FieldError("file", shape, Messages.Get(shape, CellReference.Letters(width), width))
                : FileRules.Problem("file", shape));
        }

        xlsx.Position = 0;
        var rows = new List<CommitmentTemplateRow>();
        Dictionary<string, string>? columns = null;
        var number = 0;
        foreach (IDictionary<string, object?> cells in xlsx.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            cancellationToken.ThrowIfCancellationRequested();
            number++;
            if (columns is null)
            {
                columns = cells.Select(c => (Letter: c.Key, Key: ExcelColumns.KeyOf(c.Value as string, CommitmentTemplate.Columns)))
                    .Where(c => c.Key is not null)
                    .GroupBy(c => c.Key!)
                    .ToDictionary(g => g.Key, g => g.First().Letter);
                if (!columns.ContainsKey(ExcelColumns.Code))
                {
                    return ([], FileRules.Problem("file", "excel.header.missing"));
                }

                if (!columns.ContainsKey(CommitmentTemplate.Value))
                {
                    return ([], new FieldError("file", "commitment.template.value_missing", Messages.Get("commitment.template.value_missing", ExcelColumns.Header(CommitmentTemplate.Value))));
                }

                continue;
            }

            string? Cell(string key) => ExcelCells.Read(cells.TryGetValue(columns[key], out var v) ? v : null);
            var row = new CommitmentTemplateRow(Cell(ExcelColumns.Code), $"{columns[ExcelColumns.Code]}{number}", Cell(CommitmentTemplate.Value), $"{columns[CommitmentTemplate.Value]}{number}");
            if (row.Code is not null || row.Value is not null)
            {
                rows.Add(row);
            }
        }

        return columns is null ? ([], FileRules.Problem("file", "excel.header.missing")) : (rows, null);
    }
}
