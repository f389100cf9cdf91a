using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Features.Commitments.GetCommitments;

/// <summary>
/// A governorate's commitments table for the cycle after <see cref="Year"/>: every indicator with its ambition check (computed
/// from the results of <see cref="Year"/> and the two cycles before) and the commitment so far.
/// </summary>
public sealed record GetCommitmentsQuery(int Year, string Governorate) : IQuery<Result<CommitmentSheetDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ScorecardRead, Governorate);
}

internal sealed class GetCommitmentsHandler(AppDbContext db, EditionModels editions) : IQueryHandler<GetCommitmentsQuery, Result<CommitmentSheetDto>>
{
    public async ValueTask<Result<CommitmentSheetDto>> Handle(GetCommitmentsQuery query, CancellationToken cancellationToken) =>
        await CommitmentSheets.ReadAsync(db, editions, query.Year, query.Governorate, cancellationToken);
}
