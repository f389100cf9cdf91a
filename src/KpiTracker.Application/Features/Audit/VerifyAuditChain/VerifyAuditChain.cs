namespace KpiTracker.Application.Features.Audit.VerifyAuditChain;

/// <summary>Whether the audit chain is intact: every record matches its hash and links to the one before (<see cref="AuditChain"/>).</summary>
public sealed record VerifyAuditChainQuery : IQuery<Result<AuditChainReport>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.AuditRead);
}

internal sealed class VerifyAuditChainHandler(AppDbContext db) : IQueryHandler<VerifyAuditChainQuery, Result<AuditChainReport>>
{
    public async ValueTask<Result<AuditChainReport>> Handle(VerifyAuditChainQuery query, CancellationToken cancellationToken) =>
        await AuditChain.VerifyAsync(db, cancellationToken);
}
