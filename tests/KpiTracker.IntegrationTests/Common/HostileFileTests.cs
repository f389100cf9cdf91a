using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using KpiTracker.Application.Common.Files;

namespace KpiTracker.IntegrationTests.Common;

/// <summary>Files crafted to slip past a first glance: markup behind blanks or inside a "CSV", archives whose directory lies about sizes.</summary>
public sealed class HostileFileTests
{
    [Theory]
    [InlineData(" \uFEFF<html><body>hello</body></html>")]
    [InlineData("\u200B<!doctype html><p>hello</p>")]
    [InlineData("blank-lines")]
    [InlineData("name,value\r\nLSP-01,<script>alert(document.cookie)</script>\r\n")]
    [InlineData("name,value\r\nLSP-01,72\r\n<SVG onload=alert(1)>\r\n")]
    [InlineData("a,b\r\n1,<IFrame src=//x.example>\r\n")]
    public void Text_that_is_markup_beyond_its_first_character_is_not_csv(string text)
    {
        if (text == "blank-lines")
        {
            text = "\uFEFF" + string.Concat(Enumerable.Repeat("\r\n   \t", 400)) + "<html><script>alert(1)</script></html>";
        }

        var (kind, problem) = Inspect(Encoding.UTF8.GetBytes(text));

        Assert.Null(kind);
        Assert.Equal("file.type.not_allowed", problem);
    }

    [Theory]
    [InlineData("indicator,value\r\nLSP-01,<5\r\n")]
    [InlineData("\uFEFF\r\nindicator,threshold\r\nLSP-02,< 10 days\r\nLSP-03,<=3\r\n")]
    public void Csv_with_a_less_than_sign_is_still_csv(string text)
    {
        var (kind, problem) = Inspect(Encoding.UTF8.GetBytes(text));

        Assert.Null(problem);
        Assert.Equal(FileKind.Csv, kind);
    }

    [Theory]
    [InlineData(150 * 1024 * 1024, 1_000, "file.archive.ratio")]
    [InlineData(4 * 1024 * 1024, 4_000, "file.archive.ratio")]
    [InlineData(2_000, 1_000, "file.archive.invalid")]
    public void A_workbook_whose_entries_lie_about_their_size_is_measured_not_trusted(int realSize, int declaredSize, string code)
    {
        var (kind, problem) = Inspect(LyingWorkbook(realSize, declaredSize));

        Assert.Null(kind);
        Assert.Equal(code, problem);
    }

    [Fact]
    public void A_cancelled_inspection_stops()
    {
        using var stream = new MemoryStream(LyingWorkbook(2_000, 2_000));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => FileInspector.Inspect(stream, cancelled.Token));
    }

    private static (FileKind?, string?) Inspect(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return FileInspector.Inspect(stream);
    }

    /// <summary>
    /// A workbook-shaped archive whose sheet holds <paramref name="realSize"/> zeros, while both its local header and the central
    /// directory say it expands to <paramref name="declaredSize"/> bytes.
    /// </summary>
    private static byte[] LyingWorkbook(int realSize, int declaredSize)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "xl/workbook.xml" })
            {
                using var small = zip.CreateEntry(name).Open();
                small.Write("<x/>"u8);
            }

            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var left = realSize; left > 0; left -= zeros.Length)
            {
                sheet.Write(zeros, 0, Math.Min(left, zeros.Length));
            }
        }

        var bytes = stream.ToArray();
        var name8 = "xl/worksheets/sheet1.xml"u8.ToArray();
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30).StartsWith(name8))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), (uint)declaredSize);
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46).StartsWith(name8))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), (uint)declaredSize);
            }
        }

        return bytes;
    }
}
