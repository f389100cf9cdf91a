using System.IO.Compression;
using System.Net.Http.Headers;
using MiniExcelLibs;

namespace KpiTracker.IntegrationTests.Features.Excel;

/// <summary>Reading and writing workbooks as a user's spreadsheet program would, and sending them to the API.</summary>
internal static class ExcelFiles
{
    public static List<Dictionary<string, object?>> Rows(byte[] xlsx)
    {
        using var stream = new MemoryStream(xlsx);
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().Select(r => new Dictionary<string, object?>(r))];
    }

    public static byte[] Write(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows);
        return stream.ToArray();
    }

    /// <summary>The XML of the first worksheet, to look at what the cells really are.</summary>
    public static string SheetXml(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return reader.ReadToEnd();
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, byte[] xlsx)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(xlsx);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", "template.xlsx");
        return await client.PostAsync(url, form);
    }
}
