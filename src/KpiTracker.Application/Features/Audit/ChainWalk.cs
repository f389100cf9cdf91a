using KpiTracker.Application.Common.Auditing;

namespace KpiTracker.Application.Features.Audit;

/// <summary>One audit record as verify reads it: the stored fields and <see cref="Expected"/>, its hash recomputed by the database.</summary>
internal sealed record AuditRow(
    long Seq, DateTimeOffset At, Guid? UserId, string? UserName, string? Role, string Action, string Entity, string? EntityKey,
    string? OldValues, string? NewValues, string? Reason, string? ClientAddress, string? CorrelationId, string? PrevHash, string? Hash,
    DateTimeOffset? SignedAt, Guid? MacNonce, string? MacKey, string? Mac, string? Expected);

/// <summary>The checks of one record in sequence, each with its own code; the first that fails is reported.</summary>
internal sealed class ChainWalk(AuditKeys keys, TimeSpan tolerance, AuditHead? start)
{
    private long _expectedSeq = start?.Seq ?? 1;
    private string? _previous;

    public long Checked { get; private set; }

    public long LastSeq { get; private set; }

    public string? Check(AuditRow row, long unsignedUntil)
    {
        Checked++;
        LastSeq = row.Seq;
        var first = Checked == 1;
        string? problem = row.Seq != _expectedSeq ? (first && start is not null ? "head_truncated" : "sequence_gap")
            : !string.Equals(row.Hash, row.Expected, StringComparison.Ordinal) ? "hash_mismatch"
            : first && start is not null ? (string.Equals(row.Hash, start.Hash, StringComparison.Ordinal) ? null : "head_mismatch")
            : !string.Equals(row.PrevHash, _previous, StringComparison.Ordinal) ? "link_broken"
            : null;
        problem ??= Signature(row, unsignedUntil);
        _previous = row.Hash;
        _expectedSeq++;
        return problem;
    }

    private string? Signature(AuditRow row, long unsignedUntil)
    {
        if (row.Mac is null)
        {
            return row.Seq <= unsignedUntil ? null : "mac_missing";
        }

        if (keys.Find(row.MacKey) is not { } key)
        {
            return "unknown_key";
        }

        if (row.SignedAt is not { } signedAt || !AuditMac.Matches(key, Entry(row), row.Mac))
        {
            return "mac_invalid";
        }

        return (row.At - signedAt).Duration() > tolerance ? "time_skew" : null;
    }

    private static AuditEntry Entry(AuditRow r) => new()
    {
        UserId = r.UserId, UserName = r.UserName, Role = r.Role, Action = r.Action, Entity = r.Entity, EntityKey = r.EntityKey,
        OldValues = r.OldValues, NewValues = r.NewValues, Reason = r.Reason, ClientAddress = r.ClientAddress, CorrelationId = r.CorrelationId,
        SignedAt = r.SignedAt, MacNonce = r.MacNonce, MacKey = r.MacKey, Mac = r.Mac,
    };
}
