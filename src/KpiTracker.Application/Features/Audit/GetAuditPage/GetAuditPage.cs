namespace KpiTracker.Application.Features.Audit.GetAuditPage;

/// <summary>
/// The audit page: the chain's state, always, and one page of records when the page could read its filter (null
/// <see cref="Filter"/>: the page's own fields were bad, and it shows their errors beside the chain).
/// </summary>
public sealed record GetAuditPageQuery(AuditFilter? Filter, int Page) : IQuery<Result<AuditPageModel>>, IRequireAccess
{
    public const int PageSize = 50;

    public AccessRequirement Access => new(Permission.AuditRead);
}

/// <summary><see cref="Entries"/> is null when there is no filter or it has <see cref="Errors"/> (a range that ends before it starts).</summary>
public sealed record AuditPageModel(AuditChainReport Chain, AuditPage? Entries, IReadOnlyList<FieldError> Errors);

internal sealed class GetAuditPageHandler(AppDbContext db, AuditChain auditChain) : IQueryHandler<GetAuditPageQuery, Result<AuditPageModel>>
{
    public async ValueTask<Result<AuditPageModel>> Handle(GetAuditPageQuery query, CancellationToken cancellationToken)
    {
        var chain = await auditChain.VerifyAsync(fromLastExport: false, cancellationToken);
        if (query.Filter is not { } filter)
        {
            return new AuditPageModel(chain, null, []);
        }

        if (filter is { From: { } from, To: { } to } && to < from)
        {
            return new AuditPageModel(chain, null, [new FieldError("to", "range.order", Messages.Get("range.order"))]);
        }

        return new AuditPageModel(chain, await AuditEntries.PageAsync(db, filter, Math.Max(1, query.Page), GetAuditPageQuery.PageSize, cancellationToken), []);
    }
}
