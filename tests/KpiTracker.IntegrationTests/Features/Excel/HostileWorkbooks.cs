using System.IO.Compression;
using System.Text;

namespace KpiTracker.IntegrationTests.Features.Excel;

/// <summary>Workbooks written by hand, XML and all, to say exactly what their sheet declares: dimensions, row numbers, cell references.</summary>
internal static class HostileWorkbooks
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A header row naming the code and version columns in A and B, then <paramref name="rows"/> as written.</summary>
    public static byte[] Sheet(string dimension, string rows) =>
        Workbook($"""<worksheet xmlns="{Main}"><dimension ref="{dimension}"/><sheetData><row r="1">{Text("A1", "code")}{Text("B1", "version")}</row>{rows}</sheetData></worksheet>""");

    /// <summary><paramref name="count"/> rows from row 2, each with an indicator code in A and a number at column XFD.</summary>
    public static string RowsReachingXfd(int count) =>
        string.Concat(Enumerable.Range(2, count).Select(r => $"""<row r="{r}">{Text($"A{r}", "LSP-01")}<c r="XFD{r}"><v>1</v></c></row>"""));

    public static string Text(string reference, string text) => $"""<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>""";

    private static byte[] Workbook(string sheet)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Add(zip, "_rels/.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
            Add(zip, "xl/workbook.xml", $"""<workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Template" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Add(zip, "xl/_rels/workbook.xml.rels", """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
            Add(zip, "xl/worksheets/sheet1.xml", sheet);
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}
