using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace KpiTracker.Application.Data;

/// <summary>
/// Rows in PostgreSQL's binary COPY format (the "Binary Format" section of the COPY documentation), encoded into a pooled buffer
/// that <see cref="BulkCopy"/> sends as a raw COPY stream. Each field is its length (or -1 for NULL) followed by the type's binary
/// send format: uuid as its 16 bytes in network order, text as UTF-8, integers big-endian, bool as one byte, timestamptz as
/// microseconds since 2000-01-01 UTC, numeric as base-10,000 digits with weight, sign and display scale.
/// Written instead of Npgsql's binary importer, which binds a parameter object per value (about a quarter of this process's time
/// in a full rescore, see docs/PERFORMANCE.md); the values it gives are the ones Npgsql writes, which BulkCopyTests checks.
/// </summary>
internal sealed class CopyRows : IDisposable
{
    /// <summary>The buffer is handed to the stream once it holds this much; a row never needs more than it can grow to.</summary>
    public const int FlushAt = 64 * 1024;

    /// <summary>"PGCOPY\n", 0xFF, "\r\n", 0 (0xFF as a byte: a string literal would encode it as two bytes of UTF-8).</summary>
    private static ReadOnlySpan<byte> Signature => [0x50, 0x47, 0x43, 0x4F, 0x50, 0x59, 0x0A, 0xFF, 0x0D, 0x0A, 0x00];

    /// <summary>2000-01-01T00:00:00Z in ticks: PostgreSQL's epoch.</summary>
    private const long EpochTicks = 630_822_816_000_000_000;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FlushAt + 4096);

    public int Length { get; private set; }

    public ReadOnlyMemory<byte> Written => _buffer.AsMemory(0, Length);

    /// <summary>The file header: signature, flags (no OIDs) and an empty header extension.</summary>
    public void Header()
    {
        var span = Reserve(Signature.Length + 8);
        Signature.CopyTo(span);
        span[Signature.Length..].Clear();
    }

    /// <summary>A row of this many fields follows.</summary>
    public void StartRow(int fields) => BinaryPrimitives.WriteInt16BigEndian(Reserve(2), checked((short)fields));

    /// <summary>The end of the data.</summary>
    public void Trailer() => BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1);

    public void Clear() => Length = 0;

    public void Null() => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), -1);

    public void Uuid(Guid value)
    {
        var span = Reserve(20);
        BinaryPrimitives.WriteInt32BigEndian(span, 16);
        value.TryWriteBytes(span[4..], bigEndian: true, out _);
    }

    public void Text(string value)
    {
        var span = Reserve(4 + Encoding.UTF8.GetMaxByteCount(value.Length));
        var bytes = Encoding.UTF8.GetBytes(value, span[4..]);
        BinaryPrimitives.WriteInt32BigEndian(span, bytes);
        Length -= span.Length - 4 - bytes;
    }

    public void Int32(int value)
    {
        var span = Reserve(8);
        BinaryPrimitives.WriteInt32BigEndian(span, 4);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], value);
    }

    public void Int64(long value)
    {
        var span = Reserve(12);
        BinaryPrimitives.WriteInt32BigEndian(span, 8);
        BinaryPrimitives.WriteInt64BigEndian(span[4..], value);
    }

    public void Bool(bool value)
    {
        var span = Reserve(5);
        BinaryPrimitives.WriteInt32BigEndian(span, 1);
        span[4] = value ? (byte)1 : (byte)0;
    }

    /// <summary>
    /// An instant as timestamptz: microseconds since PostgreSQL's epoch, the ticks below a microsecond dropped, and the least and
    /// greatest instants as -infinity and infinity, as Npgsql writes them; like Npgsql, only an offset of zero (UTC) is accepted.
    /// </summary>
    public void TimestampTz(DateTimeOffset value)
    {
        if (value.Offset != TimeSpan.Zero)
        {
            throw new ArgumentException($"Cannot write a DateTimeOffset with offset {value.Offset} as timestamptz; only UTC (offset 0) is written.", nameof(value));
        }

        var micros = value == DateTimeOffset.MinValue ? long.MinValue
            : value == DateTimeOffset.MaxValue ? long.MaxValue
            : (value.UtcTicks - EpochTicks) / 10;
        Int64(micros);
    }

    /// <summary>
    /// A decimal as numeric, exactly: its 96-bit coefficient in base-10,000 digits aligned on the decimal point, the weight of the
    /// first digit, the sign, and the decimal's own scale as the display scale (so 1.50 is stored and read back as 1.50). Trailing
    /// zero digits are left out (PostgreSQL strips them itself); zero is positive with no digits.
    /// </summary>
    public void Numeric(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        var negative = bits[3] < 0;

        // The coefficient as four 32-bit limbs, most significant first, times 10^pad so that the scale becomes a multiple of four.
        Span<uint> limbs = [0, (uint)bits[2], (uint)bits[1], (uint)bits[0]];
        var pad = (4 - (scale % 4)) % 4;
        var multiplier = pad switch { 0 => 1u, 1 => 10u, 2 => 100u, _ => 1000u };
        ulong carry = 0;
        for (var i = 3; i >= 0; i--)
        {
            var product = ((ulong)limbs[i] * multiplier) + carry;
            limbs[i] = (uint)product;
            carry = product >> 32;
        }

        // Base-10,000 digits, least significant first, two at a time (dividing by 10^8 keeps each step within 64 bits).
        Span<short> digits = stackalloc short[12];
        var count = 0;
        while (limbs[0] != 0 || limbs[1] != 0 || limbs[2] != 0 || limbs[3] != 0)
        {
            ulong remainder = 0;
            for (var i = 0; i < 4; i++)
            {
                var current = (remainder << 32) | limbs[i];
                limbs[i] = (uint)(current / 100_000_000);
                remainder = current % 100_000_000;
            }

            digits[count++] = (short)(remainder % 10_000);
            digits[count++] = (short)(remainder / 10_000);
        }

        while (count > 0 && digits[count - 1] == 0)
        {
            count--;
        }

        var lowest = 0;
        while (lowest < count && digits[lowest] == 0)
        {
            lowest++;
        }

        var written = count - lowest;
        var weight = written == 0 ? 0 : count - 1 - ((scale + pad) / 4);
        var span = Reserve(4 + 8 + (2 * written));
        BinaryPrimitives.WriteInt32BigEndian(span, 8 + (2 * written));
        BinaryPrimitives.WriteInt16BigEndian(span[4..], (short)written);
        BinaryPrimitives.WriteInt16BigEndian(span[6..], (short)weight);
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], negative && written > 0 ? (ushort)0x4000 : (ushort)0);
        BinaryPrimitives.WriteInt16BigEndian(span[10..], (short)scale);
        for (var i = 0; i < written; i++)
        {
            BinaryPrimitives.WriteInt16BigEndian(span[(12 + (2 * i))..], digits[count - 1 - i]);
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private Span<byte> Reserve(int bytes)
    {
        if (Length + bytes > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, Length + bytes));
            _buffer.AsSpan(0, Length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var span = _buffer.AsSpan(Length, bytes);
        Length += bytes;
        return span;
    }
}
