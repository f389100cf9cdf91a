namespace KpiTracker.Application.Features.Audit.ListAudit;

/// <summary>The audit log, newest first, filtered and paged (auditors and the central team).</summary>
public sealed record ListAuditQuery(string? User, string? Entity, string? Action, DateTimeOffset? From, DateTimeOffset? To, int Page = 1, int PageSize = 50)
    : IQuery<Result<AuditPage>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.AuditRead);
}

internal sealed class ListAuditValidator : AbstractValidator<ListAuditQuery>
{
    public const int MaxPage = 1_000_000;

    public ListAuditValidator()
    {
        RuleFor(q => q.Page).GreaterThanOrEqualTo(1).WithErrorCode("paging.page").WithMessage(_ => Messages.Get("paging.page"));
        // Far beyond any log's length, and (page - 1) × size stays an int.
        RuleFor(q => q.Page).LessThanOrEqualTo(MaxPage).WithErrorCode("paging.page_max").WithMessage(_ => Messages.Get("paging.page_max", MaxPage));
        RuleFor(q => q.PageSize).InclusiveBetween(1, 500).WithErrorCode("paging.size").WithMessage(_ => Messages.Get("paging.size", 500));
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithErrorCode("range.order").WithMessage(_ => Messages.Get("range.order"));
    }
}

internal sealed class ListAuditHandler(AppDbContext db) : IQueryHandler<ListAuditQuery, Result<AuditPage>>
{
    public async ValueTask<Result<AuditPage>> Handle(ListAuditQuery query, CancellationToken cancellationToken) =>
        await AuditEntries.PageAsync(db, new AuditFilter(query.User, query.Entity, query.Action, query.From, query.To), query.Page, query.PageSize, cancellationToken);
}
