using KpiTracker.Application.Data;
using KpiTracker.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Application.Features.Frameworks.ListEditions;

public sealed record ListEditionsQuery : IQuery<IReadOnlyList<EditionSummaryDto>>;

internal sealed class ListEditionsHandler(AppDbContext db) : IQueryHandler<ListEditionsQuery, IReadOnlyList<EditionSummaryDto>>
{
    public async ValueTask<IReadOnlyList<EditionSummaryDto>> Handle(ListEditionsQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.FrameworkEditions.AsNoTracking()
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
        return [.. rows.Select(r => new EditionSummaryDto(r.Code, r.NameAr, r.NameEn, r.Status.ToCode(), r.CreatedAt, r.PublishedAt, r.Criteria, r.Indicators))];
    }
}
