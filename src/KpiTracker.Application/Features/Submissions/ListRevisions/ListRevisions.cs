namespace KpiTracker.Application.Features.Submissions.ListRevisions;

/// <summary>Every revision of an item, newest first, each with its workflow history (who submitted, returned and why, accepted…).</summary>
public sealed record ListRevisionsQuery(int Year, string Governorate, string Indicator) : IQuery<Result<IReadOnlyList<RevisionDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate, Indicator);
}

internal sealed class ListRevisionsHandler(AppDbContext db) : IQueryHandler<ListRevisionsQuery, Result<IReadOnlyList<RevisionDto>>>
{
    public async ValueTask<Result<IReadOnlyList<RevisionDto>>> Handle(ListRevisionsQuery query, CancellationToken cancellationToken)
    {
        var revisions = await RevisionHistory.ReadAsync(db, new SubmissionKey(query.Year, query.Governorate, query.Indicator), cancellationToken);
        if (revisions is null)
        {
            return AppError.NotFound(await db.Cycles.AnyAsync(c => c.Year == query.Year, cancellationToken) ? "submission.not_found" : "cycle.not_found");
        }

        return Result<IReadOnlyList<RevisionDto>>.Success(revisions);
    }
}
