namespace KpiTracker.Application.Features.Audit;

/// <param name="Intact">True when every record matches its hash and links to the one before.</param>
/// <param name="Checked">How many records were read.</param>
/// <param name="FirstBrokenSeq">The first record whose content no longer matches its hash or whose link to its predecessor is broken.</param>
/// <param name="Problem"><c>hash_mismatch</c>, <c>link_broken</c> or <c>sequence_gap</c>.</param>
public sealed record AuditChainReport(bool Intact, long Checked, long? FirstBrokenSeq, string? Problem);

/// <summary>
/// Walks the audit chain in sequence order, recomputing each record's hash in the database (the same
/// <c>audit_row_hash</c> function the insert trigger uses) and checking each link to the record before it.
/// </summary>
internal static class AuditChain
{
    private sealed record Link(long Seq, string? Hash, string? PrevHash, string? Expected);

    public static async Task<AuditChainReport> VerifyAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        // Snake-case column names: the naming convention maps the Link record's properties too.
        var links = db.Database.SqlQueryRaw<Link>(
            "SELECT a.seq, a.hash, a.prev_hash, audit_row_hash(a) AS expected FROM audit_log a ORDER BY a.seq");
        long count = 0;
        long expectedSeq = 1;
        string? previous = null;
        await foreach (var link in links.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            if (link.Seq != expectedSeq)
            {
                return new AuditChainReport(false, count, link.Seq, "sequence_gap");
            }

            if (!string.Equals(link.Hash, link.Expected, StringComparison.Ordinal))
            {
                return new AuditChainReport(false, count, link.Seq, "hash_mismatch");
            }

            if (!string.Equals(link.PrevHash, previous, StringComparison.Ordinal))
            {
                return new AuditChainReport(false, count, link.Seq, "link_broken");
            }

            previous = link.Hash;
            expectedSeq++;
        }

        return new AuditChainReport(true, count, null, null);
    }
}
