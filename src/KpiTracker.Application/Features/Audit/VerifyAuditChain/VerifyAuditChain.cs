namespace KpiTracker.Application.Features.Audit.VerifyAuditChain;

/// <summary>
/// Whether the audit chain is intact (<see cref="AuditChain"/>): from record 1, or with <see cref="From"/> =
/// <c>last-export</c> from the last head export that verified intact.
/// </summary>
public sealed record VerifyAuditChainQuery(string? From = null) : IQuery<Result<AuditChainReport>>, IRequireAccess
{
    public const string LastExport = "last-export";

    public AccessRequirement Access => new(Permission.AuditRead);
}

internal sealed class VerifyAuditChainValidator : AbstractValidator<VerifyAuditChainQuery>
{
    public VerifyAuditChainValidator() =>
        RuleFor(q => q.From).Must(from => from is null or VerifyAuditChainQuery.LastExport)
            .WithErrorCode("audit.verify.from").WithMessage(_ => Messages.Get("audit.verify.from"));
}

internal sealed class VerifyAuditChainHandler(AuditChain chain) : IQueryHandler<VerifyAuditChainQuery, Result<AuditChainReport>>
{
    public async ValueTask<Result<AuditChainReport>> Handle(VerifyAuditChainQuery query, CancellationToken cancellationToken) =>
        await chain.VerifyAsync(query.From is VerifyAuditChainQuery.LastExport, cancellationToken);
}
