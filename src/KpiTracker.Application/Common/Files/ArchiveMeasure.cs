using System.Buffers.Binary;
using System.IO.Compression;

namespace KpiTracker.Application.Common.Files;

/// <summary>One entry as the central directory describes it: where its local header is, how it is stored, and its declared sizes.</summary>
internal readonly record struct ArchiveEntry(long LocalOffset, int Method, long CompressedSize, long DeclaredSize);

/// <summary>
/// Expands every entry of an archive whose directory passed, counting the bytes that really come out and stopping as soon as
/// a limit is passed: the total (<see cref="ArchiveInspector.MaxExpandedBytes"/>) or an entry's ratio. An entry that expands
/// to anything other than the size the directory declares is refused as invalid: whoever reads it next would trust that size.
/// </summary>
internal static class ArchiveMeasure
{
    private const uint LocalHeader = 0x04034b50;
    private const int LocalHeaderLength = 30;
    private const int Stored = 0;
    private const int Deflated = 8;

    /// <summary>Null when every entry expands to what it declares, within the limits; otherwise the refusal code.</summary>
    public static string? Expand(Stream archive, IReadOnlyList<ArchiveEntry> entries, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        long total = 0;
        foreach (var entry in entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (DataStart(archive, entry) is not { } start || entry.Method is not (Stored or Deflated))
            {
                return "file.archive.invalid";
            }

            var limit = Math.Max(ArchiveInspector.RatioFloorBytes, ArchiveInspector.MaxRatio * Math.Max(entry.CompressedSize, 1));
            long size = 0;
            try
            {
                using var raw = new ArchiveWindow(archive, start, entry.CompressedSize);
                using var content = entry.Method == Deflated ? new DeflateStream(raw, CompressionMode.Decompress) : (Stream)raw;
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    size += read;
                    total += read;
                    if (total > ArchiveInspector.MaxExpandedBytes)
                    {
                        return "file.archive.too_large";
                    }

                    if (size > limit)
                    {
                        return "file.archive.ratio";
                    }
                }
            }
            catch (InvalidDataException)
            {
                return "file.archive.invalid";
            }

            if (size != entry.DeclaredSize)
            {
                return "file.archive.invalid";
            }
        }

        return null;
    }

    /// <summary>Where the entry's data begins, after its local header; null when no local header is where the directory says.</summary>
    private static long? DataStart(Stream archive, ArchiveEntry entry)
    {
        Span<byte> header = stackalloc byte[LocalHeaderLength];
        if (entry.LocalOffset + LocalHeaderLength > archive.Length)
        {
            return null;
        }

        archive.Position = entry.LocalOffset;
        archive.ReadExactly(header);
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != LocalHeader)
        {
            return null;
        }

        var start = entry.LocalOffset + LocalHeaderLength + BinaryPrimitives.ReadUInt16LittleEndian(header[26..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
        return start + entry.CompressedSize <= archive.Length ? start : null;
    }
}
