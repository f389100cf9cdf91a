using KpiTracker.Application.Common.Files;
using KpiTracker.IntegrationTests.Features.Evidence;

namespace KpiTracker.IntegrationTests.Common;

/// <summary>The recognition and naming rules on their own, without a host: fast, and precise about why a file is refused.</summary>
public sealed class FileInspectionTests
{
    public static TheoryData<string, FileKind> Accepted => new()
    {
        { "pdf", FileKind.Pdf }, { "png", FileKind.Png }, { "jpeg", FileKind.Jpeg },
        { "csv", FileKind.Csv }, { "xlsx", FileKind.Xlsx }, { "docx", FileKind.Docx },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Valid_files_are_recognised_by_their_content(string sample, FileKind kind)
    {
        var (found, problem) = Inspect(Sample(sample));

        Assert.Null(problem);
        Assert.Equal(kind, found);
    }

    [Theory]
    [InlineData("html", "file.type.not_allowed")]
    [InlineData("svg", "file.type.not_allowed")]
    [InlineData("bomb", "file.archive.too_large")]
    [InlineData("dense", "file.archive.ratio")]
    [InlineData("crowded", "file.archive.too_many_entries")]
    [InlineData("macros", "file.archive.macros")]
    [InlineData("empty", "file.empty")]
    [InlineData("binary", "file.type.not_allowed")]
    [InlineData("latin1", "file.type.not_allowed")]
    [InlineData("xml", "file.type.not_allowed")]
    [InlineData("zip", "file.type.not_allowed")]
    public void Hostile_or_unknown_files_are_refused(string sample, string code)
    {
        var (kind, problem) = Inspect(Sample(sample));

        Assert.Null(kind);
        Assert.Equal(code, problem);
    }

    [Theory]
    [InlineData("../../etc/passwd", FileKind.Csv, "passwd.csv")]
    [InlineData("..\\..\\boot.ini.pdf", FileKind.Pdf, "boot.ini.pdf")]
    [InlineData("تقرير\u0000 الربع\u0007 الأول.PDF", FileKind.Pdf, "تقرير الربع الأول.pdf")]
    [InlineData("invoice\u202Efdp.exe", FileKind.Pdf, "invoicefdp.exe.pdf")]
    [InlineData("photo.jpeg", FileKind.Jpeg, "photo.jpeg")]
    [InlineData("photo.png", FileKind.Jpeg, "photo.png.jpg")]
    [InlineData("..", FileKind.Docx, "file.docx")]
    [InlineData("a<b>:c|d?.xlsx", FileKind.Xlsx, "a_b__c_d_.xlsx")]
    [InlineData("  .hidden  ", FileKind.Csv, "hidden.csv")]
    public void Names_are_sanitised_and_end_with_an_extension_of_their_kind(string name, FileKind kind, string expected) =>
        Assert.Equal(expected, FileNames.Sanitise(name, kind));

    [Fact]
    public void Long_names_are_cut_without_splitting_a_character()
    {
        var name = FileNames.Sanitise(string.Concat(Enumerable.Repeat("مؤشر😀", 100)) + ".pdf", FileKind.Pdf);

        Assert.True(name.Length <= FileNames.MaxLength, name);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(name[^5]));
    }

    private static (FileKind?, string?) Inspect(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return FileInspector.Inspect(stream);
    }

    private static byte[] Sample(string name) => name switch
    {
        "pdf" => EvidenceSamples.Pdf(),
        "png" => EvidenceSamples.Png(),
        "jpeg" => EvidenceSamples.Jpeg(),
        "csv" => EvidenceSamples.Csv(),
        "xlsx" => EvidenceSamples.Xlsx(),
        "docx" => EvidenceSamples.Docx(),
        "html" => EvidenceSamples.HtmlAsPdf(),
        "svg" => EvidenceSamples.Svg(),
        "bomb" => EvidenceSamples.XlsxBomb(),
        "empty" => [],
        "binary" => [0x4D, 0x5A, 0x90, 0x00, 0x03],
        "latin1" => [0x63, 0x61, 0x66, 0xE9, 0x2C, 0x31],
        "xml" => "\uFEFF  <?xml version=\"1.0\"?><svg/>"u8.ToArray(),
        "zip" => Archive(["readme.txt"]),
        "dense" => Archive(["[Content_Types].xml", "xl/workbook.xml"], ("xl/worksheets/sheet1.xml", 4 * 1024 * 1024)),
        "crowded" => Archive(["[Content_Types].xml", .. Enumerable.Range(0, 1_000).Select(i => $"xl/media/{i}.xml")]),
        "macros" => Archive(["[Content_Types].xml", "xl/workbook.xml", "xl/vbaProject.bin"]),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>An archive of small named entries, and optionally one entry of that many zeros (which compress about 1000 to 1).</summary>
    private static byte[] Archive(string[] names, (string Name, int Zeros)? dense = null)
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in names)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write("<x/>"u8);
            }

            if (dense is { } d)
            {
                using var entry = zip.CreateEntry(d.Name, System.IO.Compression.CompressionLevel.SmallestSize).Open();
                entry.Write(new byte[d.Zeros]);
            }
        }

        return stream.ToArray();
    }
}
