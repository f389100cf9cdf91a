using System.IO.Compression;
using System.Xml;

namespace KpiTracker.Application.Features.Excel;

/// <summary>
/// Reads the cell structure of every worksheet of a workbook, streaming, before any row is built: the declared
/// <c>&lt;dimension&gt;</c>, every row number and every cell reference. A sheet that reaches past the template's columns or
/// row limit is refused (a few kilobytes of XML naming column XFD would otherwise make the reader build rows of 16,384
/// cells), and so is a malformed reference, a row out of order or a cell whose reference does not match its place.
/// Every sheet part is read, not only the first, so what is checked is always what the reader reads.
/// </summary>
internal static class SheetShape
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    private static readonly string[] Namespaces =
        ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"];

    /// <summary>Null when every sheet fits <paramref name="columns"/> × <paramref name="rows"/> (header included); otherwise the refusal code.</summary>
    public static string? Check(Stream xlsx, int columns, int rows, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
        foreach (var entry in zip.Entries.Where(e => e.FullName.TrimStart('/').StartsWith("xl/worksheets/sheet", StringComparison.OrdinalIgnoreCase)))
        {
            using var content = entry.Open();
            using var reader = XmlReader.Create(content, Settings);
            if (CheckSheet(reader, new Limits(columns, rows), cancellationToken) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private readonly record struct Limits(int Columns, int Rows)
    {
        public string? Check(int column, int row) =>
            column > Columns ? "excel.sheet.too_wide" : row > Rows ? "excel.too_many_rows" : null;
    }

    private static string? CheckSheet(XmlReader reader, Limits limits, CancellationToken cancellationToken)
    {
        var (inSheetData, row, column) = (false, 0, 0);
        while (reader.Read())
        {
            if (!Namespaces.Contains(reader.NamespaceURI))
            {
                continue;
            }

            if (reader.NodeType == XmlNodeType.EndElement)
            {
                inSheetData &= reader.LocalName != "sheetData";
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var problem = reader.LocalName switch
            {
                "dimension" => Dimension(reader.GetAttribute("ref"), limits),
                "sheetData" => Enter(reader, out inSheetData),
                "row" when inSheetData => Row(reader.GetAttribute("r"), ref row, ref column, limits, cancellationToken),
                "c" when inSheetData => Cell(reader.GetAttribute("r"), row, ref column, limits),
                _ => null,
            };
            if (problem is not null)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? Enter(XmlReader reader, out bool inSheetData)
    {
        inSheetData = !reader.IsEmptyElement;
        return null;
    }

    /// <summary>A1 or A1:T36; the upper-left corner must come first.</summary>
    private static string? Dimension(string? range, Limits limits)
    {
        var parts = (range ?? "").Split(':');
        if (parts.Length > 2 || !CellReference.TryParse(parts[0], out var firstColumn, out var firstRow))
        {
            return "excel.cell.invalid";
        }

        var (lastColumn, lastRow) = (firstColumn, firstRow);
        if (parts.Length == 2 && (!CellReference.TryParse(parts[1], out lastColumn, out lastRow) || lastColumn < firstColumn || lastRow < firstRow))
        {
            return "excel.cell.invalid";
        }

        return limits.Check(lastColumn, lastRow);
    }

    /// <summary>Rows come in increasing order; one without a number follows the previous one.</summary>
    private static string? Row(string? number, ref int row, ref int column, Limits limits, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var next = row + 1;
        if (number is not null && (!CellReference.TryParseRow(number, out next) || next <= row))
        {
            return "excel.cell.invalid";
        }

        (row, column) = (next, 0);
        return limits.Check(0, row);
    }

    /// <summary>A cell's reference names its own row and a column right of the previous cell; one without a reference follows it.</summary>
    private static string? Cell(string? reference, int row, ref int column, Limits limits)
    {
        var next = column + 1;
        if (row == 0 || (reference is not null && (!CellReference.TryParse(reference, out next, out var named) || named != row || next <= column)))
        {
            return "excel.cell.invalid";
        }

        column = next;
        return limits.Check(column, row);
    }
}
