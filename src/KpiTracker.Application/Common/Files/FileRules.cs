namespace KpiTracker.Application.Common.Files;

/// <summary>The limits on uploads and the wording of a refused file, shared by evidence uploads and spreadsheet imports.</summary>
public static class FileRules
{
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>The request limit of upload routes: a file at the limit plus room for the multipart envelope, so a file just over it still gets a field error rather than a bare 413.</summary>
    public const long MaxRequestBytes = MaxFileBytes + (5L * 1024 * 1024);

    private const int Megabyte = 1024 * 1024;

    public static FieldError Problem(string field, string code) => new(field, code, code switch
    {
        "file.too_large" => Messages.Get(code, MaxFileBytes / Megabyte),
        "file.archive.too_large" => Messages.Get(code, ArchiveInspector.MaxExpandedBytes / Megabyte),
        "file.archive.too_many_entries" => Messages.Get(code, ArchiveInspector.MaxEntries),
        "file.archive.ratio" => Messages.Get(code, ArchiveInspector.MaxRatio),
        _ => Messages.Get(code),
    });
}
