using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KpiTracker.Application.Common.Auditing;

namespace KpiTracker.Application.Features.Audit;

/// <summary>
/// One export of the chain's head: its last sequence and hash when exported, whether the chain verified up to it, and a MAC
/// (HMAC-SHA256 with the audit key <paramref name="Key"/>) so the line cannot be written by whoever can write the file.
/// </summary>
public sealed record AuditHead(long Seq, string Hash, DateTimeOffset ExportedAt, bool Intact, string Key, string Mac)
{
    public static AuditHead Sign(AuditKey key, long seq, string hash, DateTimeOffset exportedAt, bool intact)
    {
        ArgumentNullException.ThrowIfNull(key);
        return new AuditHead(seq, hash, exportedAt, intact, key.Id, MacOf(key, seq, hash, exportedAt, intact));
    }

    public bool Verifies(AuditKeys keys) =>
        keys.Find(Key) is { } key && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(MacOf(key, Seq, Hash, ExportedAt, Intact)), Encoding.ASCII.GetBytes(Mac));

    private static string MacOf(AuditKey key, long seq, string hash, DateTimeOffset exportedAt, bool intact) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key.Secret, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"kpi-audit-head-v1|{seq}|{hash}|{exportedAt.UtcTicks}|{intact}"))));
}

/// <summary>
/// The append-only file of head exports (<c>Kpi:Audit:HeadExportPath</c>), one JSON line each. Lines are appended through a
/// descriptor opened with O_APPEND, so the file may be append-only (<c>chattr +a</c>, WORM storage): nothing is rewritten.
/// </summary>
public static class AuditHeadFile
{
    private const int TailBytes = 64 * 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Append(string path, AuditHead head)
    {
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(head, Json) + "\n");
        using var stream = AppendOnly.Open(path);
        stream.Write(line);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>The last line, or the last one that says the chain was intact; null when there is none (or no file).</summary>
    public static AuditHead? Last(string? path, bool intactOnly = false) =>
        Tail(path).LastOrDefault(h => h is not null && (!intactOnly || h.Intact));

    /// <summary>The lines of the file's last 64 KiB, oldest first; a line that does not parse is null (reported as invalid).</summary>
    private static List<AuditHead?> Tail(string? path)
    {
        if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var start = Math.Max(0, stream.Length - TailBytes);
        stream.Seek(start, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return [.. lines.Skip(start > 0 ? 1 : 0).Select(Parse)];
    }

    private static AuditHead? Parse(string line)
    {
        try
        {
            return JsonSerializer.Deserialize<AuditHead>(line, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
