using System.Text;

namespace KpiTracker.Application.Common.Files;

/// <summary>
/// Recognises an uploaded file from its bytes: PDF, PNG and JPEG by their signatures, XLSX and DOCX as ZIP archives
/// with Office parts (<see cref="ArchiveInspector"/>), CSV as UTF-8 text without NUL bytes that is not markup (<see cref="TextMarkup"/>).
/// Anything else, an HTML page or an SVG image included, is refused whatever its name says.
/// </summary>
public static class FileInspector
{
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>
    /// The kind of the file, or a refusal code; <paramref name="stream"/> must be seekable and is left at position 0.
    /// Reading stops with <see cref="OperationCanceledException"/> once <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    public static (FileKind? Kind, string? Problem) Inspect(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            throw new ArgumentException("The file must be seekable.", nameof(stream));
        }

        try
        {
            if (stream.Length == 0)
            {
                return (null, "file.empty");
            }

            var head = new byte[(int)Math.Min(stream.Length, 16)];
            stream.Position = 0;
            stream.ReadExactly(head);
            if (head.AsSpan().StartsWith(Pdf))
            {
                return (FileKind.Pdf, null);
            }

            if (head.AsSpan().StartsWith(Png))
            {
                return (FileKind.Png, null);
            }

            if (head.AsSpan().StartsWith(Jpeg))
            {
                return (FileKind.Jpeg, null);
            }

            return ArchiveInspector.LooksLikeZip(head) ? ArchiveInspector.Inspect(stream, cancellationToken) : InspectText(stream, cancellationToken);
        }
        finally
        {
            stream.Position = 0;
        }
    }

    private static (FileKind? Kind, string? Problem) InspectText(Stream stream, CancellationToken cancellationToken)
    {
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[64 * 1024];
        var chars = new char[buffer.Length + 4];
        var opening = new StringBuilder();
        stream.Position = 0;
        int read;
        try
        {
            while (!cancellationToken.IsCancellationRequested && (read = stream.Read(buffer)) > 0)
            {
                var bytes = buffer.AsSpan(0, read);
                if (bytes.Contains((byte)0))
                {
                    return (null, "file.type.not_allowed");
                }

                var count = decoder.GetChars(bytes, chars, flush: false);
                TextMarkup.Collect(opening, chars.AsSpan(0, count));
            }

            cancellationToken.ThrowIfCancellationRequested();
            decoder.GetChars([], chars, flush: true);
        }
        catch (DecoderFallbackException)
        {
            return (null, "file.type.not_allowed");
        }

        return TextMarkup.IsMarkup(opening.ToString()) ? (null, "file.type.not_allowed") : (FileKind.Csv, null);
    }
}
