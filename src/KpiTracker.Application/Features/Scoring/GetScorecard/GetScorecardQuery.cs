namespace KpiTracker.Application.Features.Scoring.GetScorecard;

/// <summary>A governorate's scorecard in a cycle, from its latest run.</summary>
public sealed record GetScorecardQuery(int Year, string Governorate) : IQuery<Result<ScorecardDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ScorecardRead, Governorate);
}

internal sealed class GetScorecardHandler(AppDbContext db, EditionModels editions, ICurrentUser user) : IQueryHandler<GetScorecardQuery, Result<ScorecardDto>>
{
    public async ValueTask<Result<ScorecardDto>> Handle(GetScorecardQuery query, CancellationToken cancellationToken) =>
        await new Scorecards(db, editions, user).ReadAsync(query.Year, query.Governorate, cancellationToken);
}
