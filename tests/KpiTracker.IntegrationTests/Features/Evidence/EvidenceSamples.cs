using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace KpiTracker.IntegrationTests.Features.Evidence;

/// <summary>Small, valid files of every accepted kind, and the hostile ones the upload must refuse, made in code.</summary>
internal static class EvidenceSamples
{
    public static byte[] Pdf() => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
        + "trailer <</Root 1 0 R>>\n%%EOF\n");

    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAABHNCSVQICAgIfAhkiAAAABRJREFUCJljPCEn95+BgYGBiQEKAB8SAgeY/AYeAAAAAElFTkSuQmCC");

    public static byte[] Jpeg() => Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCAAHlhf//Z");

    public static byte[] Csv() => Encoding.UTF8.GetBytes("المؤشر,القيمة\nLSP-01,72.5\n");

    public static byte[] Xlsx()
    {
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, new[] { new Dictionary<string, object> { ["code"] = "LSP-01", ["value"] = 72.5m } });
        return stream.ToArray();
    }

    public static byte[] Docx() => Zip(
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
        ("word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>دليل</w:t></w:r></w:p></w:body></w:document>"""));

    public static byte[] HtmlAsPdf() => Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>");

    public static byte[] Svg() => Encoding.UTF8.GetBytes("""<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>""");

    /// <summary>A PDF signature followed by zeros, one byte over the 20 MB limit by a whole megabyte.</summary>
    public static byte[] Oversized()
    {
        var bytes = new byte[21 * 1024 * 1024];
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>A workbook-shaped archive whose one sheet expands to 150 MB of zeros (about 150 KB compressed).</summary>
    public static byte[] XlsxBomb()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<Types/>");
            Add(zip, "xl/workbook.xml", "<workbook/>");
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 150; i++)
            {
                sheet.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                Add(zip, name, content);
            }
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(content));
    }
}
