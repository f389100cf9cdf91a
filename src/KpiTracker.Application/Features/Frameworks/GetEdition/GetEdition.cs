namespace KpiTracker.Application.Features.Frameworks.GetEdition;

/// <summary>One edition with every criterion and indicator; a null code means the current edition (the latest published).</summary>
public sealed record GetEditionQuery(string? Code) : IQuery<Result<EditionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkRead);
}

internal sealed class GetEditionHandler(AppDbContext db, AccessChecker access) : IQueryHandler<GetEditionQuery, Result<EditionDto>>
{
    public async ValueTask<Result<EditionDto>> Handle(GetEditionQuery query, CancellationToken cancellationToken)
    {
        var editions = db.FrameworkEditions.AsNoTracking()
            .Include(e => e.Bands)
            .Include(e => e.Criteria).ThenInclude(c => c.Indicators)
            .AsSplitQuery();
        var edition = query.Code is null
            ? await editions.Where(e => e.Status == EditionStatus.Published).OrderByDescending(e => e.PublishedAt).FirstOrDefaultAsync(cancellationToken)
            : await editions.FirstOrDefaultAsync(e => e.Code == query.Code, cancellationToken);
        // Drafts are the central team's work in progress: to anyone else they do not exist.
        var visible = edition is not null && (edition.Status == EditionStatus.Published || await access.HasAsync(Permission.FrameworkEdit, cancellationToken: cancellationToken));
        return visible ? FrameworkMapper.ToDto(edition!) : AppError.NotFound("edition.not_found");
    }
}
