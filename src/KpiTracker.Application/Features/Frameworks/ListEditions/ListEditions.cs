namespace KpiTracker.Application.Features.Frameworks.ListEditions;

public sealed record ListEditionsQuery : IQuery<Result<IReadOnlyList<EditionSummaryDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkRead);
}

internal sealed class ListEditionsHandler(AppDbContext db, AccessChecker access) : IQueryHandler<ListEditionsQuery, Result<IReadOnlyList<EditionSummaryDto>>>
{
    public async ValueTask<Result<IReadOnlyList<EditionSummaryDto>>> Handle(ListEditionsQuery query, CancellationToken cancellationToken)
    {
        var editor = await access.HasAsync(Permission.FrameworkEdit, cancellationToken: cancellationToken);
        var rows = await db.FrameworkEditions.AsNoTracking()
            .Where(e => editor || e.Status == EditionStatus.Published)
            .OrderByDescending(e => e.PublishedAt ?? e.CreatedAt)
            .Select(e => new
            {
                e.Code,
                e.NameAr,
                e.NameEn,
                e.Status,
                e.CreatedAt,
                e.PublishedAt,
                Criteria = e.Criteria.Count,
                Indicators = e.Criteria.SelectMany(c => c.Indicators).Count(),
            })
            .ToListAsync(cancellationToken);
        return Result<IReadOnlyList<EditionSummaryDto>>.Success([.. rows.Select(r => new EditionSummaryDto(r.Code, r.NameAr, r.NameEn, r.Status, r.CreatedAt, r.PublishedAt, r.Criteria, r.Indicators))]);
    }
}
