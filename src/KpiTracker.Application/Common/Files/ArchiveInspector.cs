using System.Buffers.Binary;
using System.Text;

namespace KpiTracker.Application.Common.Files;

/// <summary>
/// Checks an Office file (a ZIP): first from its central directory (how many entries, how large they say they expand, how
/// hard each is compressed, which Office parts it holds), then by expanding every entry while counting what really comes out
/// (<see cref="ArchiveMeasure"/>), so an entry that lies about its size is caught at the limit, not trusted.
/// Refuses archive bombs, macro-carrying workbooks and anything it cannot read plainly (multi-disk, ZIP64 directories).
/// </summary>
internal static class ArchiveInspector
{
    public const long MaxExpandedBytes = 100L * 1024 * 1024;
    public const int MaxEntries = 1_000;
    public const int MaxRatio = 100;

    /// <summary>Entries smaller than this expand to too little to matter, whatever their ratio (an empty sheet compresses very well).</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    private const uint LocalHeader = 0x04034b50;
    private const uint CentralHeader = 0x02014b50;
    private const uint EndOfDirectory = 0x06054b50;
    private const int EndOfDirectoryLength = 22;
    private const int CentralHeaderLength = 46;
    private const uint Saturated32 = 0xFFFFFFFF;

    public static bool LooksLikeZip(ReadOnlySpan<byte> head) => head.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(head) == LocalHeader;

    /// <summary>The Office kind, or the refusal code.</summary>
    public static (FileKind? Kind, string? Problem) Inspect(Stream stream, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var directory = ReadDirectory(stream);
        if (directory is null)
        {
            return (null, "file.archive.invalid");
        }

        if (directory.Value.Entries > MaxEntries)
        {
            return (null, "file.archive.too_many_entries");
        }

        var bytes = new byte[directory.Value.Size];
        stream.Position = directory.Value.Offset;
        stream.ReadExactly(bytes);
        var entries = new List<ArchiveEntry>(directory.Value.Entries);
        var (kind, problem) = Walk(bytes, directory.Value.Entries, entries);
        if (problem is not null)
        {
            return (null, problem);
        }

        var refused = ArchiveMeasure.Expand(stream, entries, cancellationToken);
        return refused is null ? (kind, null) : (null, refused);
    }

    private static (FileKind? Kind, string? Problem) Walk(ReadOnlySpan<byte> directory, int expected, List<ArchiveEntry> entries)
    {
        long expanded = 0;
        var count = 0;
        bool contentTypes = false, workbook = false, document = false;
        var position = 0;
        while (position < directory.Length)
        {
            if (directory.Length - position < CentralHeaderLength || BinaryPrimitives.ReadUInt32LittleEndian(directory[position..]) != CentralHeader)
            {
                return (null, "file.archive.invalid");
            }

            var header = directory.Slice(position, CentralHeaderLength);
            int method = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
            long localOffset = BinaryPrimitives.ReadUInt32LittleEndian(header[42..]);
            long compressed = BinaryPrimitives.ReadUInt32LittleEndian(header[20..]);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(header[24..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            var next = position + CentralHeaderLength + nameLength + extraLength + commentLength;
            if (next > directory.Length || ++count > MaxEntries)
            {
                return (null, count > MaxEntries ? "file.archive.too_many_entries" : "file.archive.invalid");
            }

            var name = Encoding.UTF8.GetString(directory.Slice(position + CentralHeaderLength, nameLength));
            if (size == Saturated32 || compressed == Saturated32)
            {
                if (!Zip64Sizes(directory.Slice(position + CentralHeaderLength + nameLength, extraLength), ref size, ref compressed))
                {
                    return (null, "file.archive.invalid");
                }
            }

            entries.Add(new ArchiveEntry(localOffset, method, compressed, size));
            expanded += size;
            if (expanded > MaxExpandedBytes)
            {
                return (null, "file.archive.too_large");
            }

            if (size > RatioFloorBytes && size > MaxRatio * Math.Max(compressed, 1))
            {
                return (null, "file.archive.ratio");
            }

            contentTypes |= name == "[Content_Types].xml";
            workbook |= name.StartsWith("xl/", StringComparison.Ordinal);
            document |= name.StartsWith("word/", StringComparison.Ordinal);
            if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            {
                return (null, "file.archive.macros");
            }

            position = next;
        }

        if (count != expected || !contentTypes || workbook == document)
        {
            return (null, count != expected ? "file.archive.invalid" : "file.type.not_allowed");
        }

        return (workbook ? FileKind.Xlsx : FileKind.Docx, null);
    }

    /// <summary>The ZIP64 extended-information field holds the real sizes, in this order, of the fields that were saturated.</summary>
    private static bool Zip64Sizes(ReadOnlySpan<byte> extra, ref long size, ref long compressed)
    {
        while (extra.Length >= 4)
        {
            int id = BinaryPrimitives.ReadUInt16LittleEndian(extra);
            int length = BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]);
            if (extra.Length < 4 + length)
            {
                return false;
            }

            if (id == 0x0001)
            {
                var data = extra.Slice(4, length);
                if (size == Saturated32)
                {
                    if (data.Length < 8)
                    {
                        return false;
                    }

                    size = BinaryPrimitives.ReadInt64LittleEndian(data);
                    data = data[8..];
                }

                if (compressed == Saturated32)
                {
                    if (data.Length < 8)
                    {
                        return false;
                    }

                    compressed = BinaryPrimitives.ReadInt64LittleEndian(data);
                }

                return size >= 0 && compressed >= 0;
            }

            extra = extra[(4 + length)..];
        }

        return false;
    }

    private static (int Entries, long Offset, int Size)? ReadDirectory(Stream stream)
    {
        var tailLength = (int)Math.Min(stream.Length, EndOfDirectoryLength + ushort.MaxValue);
        var tail = new byte[tailLength];
        stream.Position = stream.Length - tailLength;
        stream.ReadExactly(tail);
        for (var i = tailLength - EndOfDirectoryLength; i >= 0; i--)
        {
            var record = tail.AsSpan(i);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != EndOfDirectory)
            {
                continue;
            }

            int disk = BinaryPrimitives.ReadUInt16LittleEndian(record[4..]);
            int directoryDisk = BinaryPrimitives.ReadUInt16LittleEndian(record[6..]);
            int onDisk = BinaryPrimitives.ReadUInt16LittleEndian(record[8..]);
            int total = BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
            long size = BinaryPrimitives.ReadUInt32LittleEndian(record[12..]);
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(record[16..]);
            var endPosition = stream.Length - tailLength + i;
            // Single-disk archives only, and a directory that lies wholly before its end record (no ZIP64 directory).
            if (disk != 0 || directoryDisk != 0 || onDisk != total || total == ushort.MaxValue || offset + size > endPosition)
            {
                return null;
            }

            return (total, offset, (int)size);
        }

        return null;
    }
}
