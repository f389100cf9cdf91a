namespace KpiTracker.Application.Common.Files;

/// <summary>The kinds of file the platform accepts, recognised from their content (<see cref="FileInspector"/>), never from their name.</summary>
public enum FileKind
{
    Pdf,
    Png,
    Jpeg,
    Xlsx,
    Docx,
    Csv,
}

public static class FileKinds
{
    public static string ContentType(this FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Png => "image/png",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Csv => "text/csv; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The extensions a name of this kind may end with; the first is the one appended when the name has none of them.</summary>
    public static IReadOnlyList<string> Extensions(this FileKind kind) => kind switch
    {
        FileKind.Pdf => [".pdf"],
        FileKind.Png => [".png"],
        FileKind.Jpeg => [".jpg", ".jpeg"],
        FileKind.Xlsx => [".xlsx"],
        FileKind.Docx => [".docx"],
        FileKind.Csv => [".csv", ".txt"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
