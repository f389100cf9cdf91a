namespace KpiTracker.Application.Features.Evidence.ListEvidence;

/// <summary>The evidence files of an item: those of its current revision, or of every revision with <paramref name="AllRevisions"/>.</summary>
public sealed record ListEvidenceQuery(int Year, string Governorate, string Indicator, bool AllRevisions = false)
    : IQuery<Result<IReadOnlyList<EvidenceDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate, Indicator);
}

internal sealed class ListEvidenceHandler(AppDbContext db) : IQueryHandler<ListEvidenceQuery, Result<IReadOnlyList<EvidenceDto>>>
{
    public async ValueTask<Result<IReadOnlyList<EvidenceDto>>> Handle(ListEvidenceQuery query, CancellationToken cancellationToken)
    {
        var current = await db.Submissions.AsNoTracking()
            .Where(s => s.Year == query.Year && s.OrgUnitCode == query.Governorate && s.IndicatorCode == query.Indicator)
            .Select(s => (int?)s.CurrentRevision)
            .FirstOrDefaultAsync(cancellationToken);
        if (current is not { } revision)
        {
            return AppError.NotFound("submission.not_found");
        }

        return await EvidenceItems.Dtos(db, query.Year, query.Governorate, query.Indicator, query.AllRevisions ? null : revision).ToListAsync(cancellationToken);
    }
}
