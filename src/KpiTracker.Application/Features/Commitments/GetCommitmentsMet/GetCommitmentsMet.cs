using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Features.Commitments.GetCommitmentsMet;

/// <summary>
/// "Commitment met" per indicator on the scorecard of cycle <see cref="Year"/> (the cycle the commitments were for), judged on
/// the governorate's latest run of it (<see cref="CommitmentOutcomes"/>), as the scorecard states it.
/// </summary>
public sealed record GetCommitmentsMetQuery(int Year, string Governorate) : IQuery<Result<CommitmentsMetDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ScorecardRead, Governorate);
}

internal sealed class GetCommitmentsMetHandler(AppDbContext db, EditionModels editions) : IQueryHandler<GetCommitmentsMetQuery, Result<CommitmentsMetDto>>
{
    public async ValueTask<Result<CommitmentsMetDto>> Handle(GetCommitmentsMetQuery query, CancellationToken cancellationToken)
    {
        var (scope, error) = await CommitmentScope.LoadAsync(db, query.Year, query.Governorate, cancellationToken);
        if (scope is null)
        {
            return error!;
        }

        var edition = await editions.GetAsync(db, scope.Cycle.EditionId, cancellationToken);
        var run = (await ScorecardReads.LatestRunsAsync(db, query.Year, query.Governorate, cancellationToken)).SingleOrDefault();
        var values = run is null ? new Dictionary<string, decimal>() : CommitmentOutcomes.ValuesOf(run.Indicators);
        return new CommitmentsMetDto(query.Year, query.Governorate, await CommitmentOutcomes.ReadAsync(db, edition, query.Year, query.Governorate, values, cancellationToken));
    }
}
