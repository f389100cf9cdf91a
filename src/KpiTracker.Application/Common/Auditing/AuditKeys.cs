using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Common.Auditing;

/// <summary>One MAC key: its id (a fingerprint of the key, stored on each record it signs) and its bytes.</summary>
public sealed record AuditKey(string Id, byte[] Secret);

/// <summary>
/// The keys that sign and verify audit records, read once from <c>Kpi:Audit:MacKey</c> or <c>Kpi:Audit:MacKeyFile</c>. The
/// database never holds them: a record's MAC proves the application wrote it. The newest (last) key signs; every key
/// configured verifies, so older records stay verifiable after a rotation. Without a key, Production refuses to start;
/// elsewhere a random key lives as long as the process (its records show <c>unknown_key</c> after a restart).
/// </summary>
public sealed partial class AuditKeys
{
    public const int MinimumBytes = 32;

    private static readonly char[] Separators = [' ', ',', ';', '\n', '\r', '\t'];
    private readonly Dictionary<string, AuditKey> _byId = new(StringComparer.Ordinal);

    public AuditKeys(IOptions<AuditOptions> options, IHostEnvironment environment, ILogger<AuditKeys> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var texts = Read(options.Value);
        if (texts.Count == 0)
        {
            if (environment.IsProduction())
            {
                throw new InvalidOperationException(
                    "The audit MAC key is missing: set Kpi:Audit:MacKeyFile (a file with a base64 key of 32 bytes, e.g. `openssl rand -base64 32`) or Kpi:Audit:MacKey.");
            }

            texts = [Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumBytes))];
            EphemeralKey(logger);
        }

        foreach (var text in texts)
        {
            var key = Parse(text);
            _byId[key.Id] = key;
            Signing = key;
        }
    }

    /// <summary>The key that signs new records and head exports: the last one configured.</summary>
    public AuditKey Signing { get; } = null!;

    public AuditKey? Find(string? id) => id is not null && _byId.TryGetValue(id, out var key) ? key : null;

    /// <summary>A key's id: the first 16 hex digits of HMAC-SHA256(key, "kpi-audit-key-id"), which tells nothing of the key.</summary>
    public static string IdOf(byte[] secret) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes("kpi-audit-key-id")))[..16];

    private static List<string> Read(AuditOptions options)
    {
        var (inline, file) = (options.MacKey, options.MacKeyFile);
        if (!string.IsNullOrWhiteSpace(inline) && !string.IsNullOrWhiteSpace(file))
        {
            throw new InvalidOperationException("Set Kpi:Audit:MacKey or Kpi:Audit:MacKeyFile, not both.");
        }

        var text = string.IsNullOrWhiteSpace(file) ? inline ?? "" : File.ReadAllText(file);
        return [.. text.Split(Separators, StringSplitOptions.RemoveEmptyEntries)];
    }

    private static AuditKey Parse(string text)
    {
        byte[] secret;
        try
        {
            secret = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("An audit MAC key is not base64.");
        }

        return secret.Length >= MinimumBytes
            ? new AuditKey(IdOf(secret), secret)
            : throw new InvalidOperationException($"An audit MAC key has {secret.Length} bytes; at least {MinimumBytes} are needed.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No audit MAC key is configured (Kpi:Audit:MacKeyFile): a random key signs this process's audit records and is lost when it stops")]
    private static partial void EphemeralKey(ILogger logger);
}
