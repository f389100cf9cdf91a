using KpiTracker.Application.Common.Auditing;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Features.Audit;

/// <param name="Intact">True when every record checked is whole, linked, signed and agrees with the last head export.</param>
/// <param name="Checked">How many records were read.</param>
/// <param name="FirstBrokenSeq">The sequence of the first record (or head export) that failed a check.</param>
/// <param name="Problem">The check that failed: <c>sequence_gap</c>, <c>hash_mismatch</c>, <c>link_broken</c>, <c>mac_missing</c>,
/// <c>unknown_key</c>, <c>mac_invalid</c>, <c>time_skew</c>, <c>head_truncated</c>, <c>head_mismatch</c> or <c>export_invalid</c>.</param>
/// <param name="FromSeq">The first record checked: 1, or the last intact head export's sequence in the incremental mode.</param>
/// <param name="ExportedSeq">The head export compared with the database, when there is one.</param>
public sealed record AuditChainReport(bool Intact, long Checked, long? FirstBrokenSeq, string? Problem, long FromSeq = 1, long? ExportedSeq = null);

/// <summary>
/// Walks the audit chain in sequence order: recomputes each record's hash in the database (the trigger's own
/// <c>audit_row_hash</c>), checks each link and each record's MAC with the application's keys (records before
/// <c>audit_unsigned_until()</c> predate signatures), the database's time against the signed time, and finally the
/// chain against the last head export. Incrementally, it starts at the last export that verified intact.
/// </summary>
public sealed class AuditChain(AppDbContext db, AuditKeys keys, IOptions<AuditOptions> options)
{
    public async Task<AuditChainReport> VerifyAsync(bool fromLastExport, CancellationToken cancellationToken)
    {
        var path = options.Value.HeadExportPath;
        var last = AuditHeadFile.Last(path);
        if (last is not null && !last.Verifies(keys))
        {
            return new AuditChainReport(false, 0, last.Seq, "export_invalid", 1, last.Seq);
        }

        var start = fromLastExport ? AuditHeadFile.Last(path, intactOnly: true) : null;
        if (start is not null && !start.Verifies(keys))
        {
            return new AuditChainReport(false, 0, start.Seq, "export_invalid", 1, start.Seq);
        }

        var from = start?.Seq ?? 1;
        var walk = new ChainWalk(keys, options.Value.ClockTolerance, start);
        var unsignedUntil = await db.Database.SqlQueryRaw<long>("SELECT audit_unsigned_until() AS \"Value\"").SingleAsync(cancellationToken);
        await foreach (var row in Rows(from).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (walk.Check(row, unsignedUntil) is { } problem)
            {
                return new AuditChainReport(false, walk.Checked, row.Seq, problem, from, last?.Seq);
            }

            if (row.Seq == last?.Seq && !string.Equals(row.Hash, last.Hash, StringComparison.Ordinal))
            {
                return new AuditChainReport(false, walk.Checked, row.Seq, "head_mismatch", from, last.Seq);
            }
        }

        // Records deleted from the end: the database stops before the exported head.
        var exported = Math.Max(last?.Seq ?? 0, start?.Seq ?? 0);
        if (walk.LastSeq < exported)
        {
            return new AuditChainReport(false, walk.Checked, exported, "head_truncated", from, last?.Seq);
        }

        return new AuditChainReport(true, walk.Checked, null, null, from, last?.Seq);
    }

    private IQueryable<AuditRow> Rows(long from) => db.Database.SqlQueryRaw<AuditRow>(
        """
        SELECT a.seq, a.at, a.user_id, a.user_name, a.role, a.action, a.entity, a.entity_key, a.old_values::text AS old_values,
               a.new_values::text AS new_values, a.reason, a.client_address, a.correlation_id, a.prev_hash, a.hash,
               a.signed_at, a.mac_nonce, a.mac_key, a.mac, audit_row_hash(a) AS expected
        FROM audit_log a WHERE a.seq >= {0} ORDER BY a.seq
        """, from);
}
