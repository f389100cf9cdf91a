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
    public async ValueTask<Result<CommitmentSheetDto>> Handle(GetCommitmentsQuery query, CancellationToken cancellationToken)
    {
        var (scope, error) = await CommitmentScope.LoadAsync(db, query.Year, query.Governorate, cancellationToken);
        if (scope is null)
        {
            return error!;
        }

        var checks = await AmbitionChecks.ForAsync(db, editions, query.Year, query.Governorate, scope.Indicators, cancellationToken);
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.Year == query.Year + 1 && c.OrgUnitCode == query.Governorate)
            .ToDictionaryAsync(c => c.IndicatorCode, StringComparer.Ordinal, cancellationToken);
        var rows = scope.Indicators.Select(i => new CommitmentRowDto(
            i.Code,
            CommitmentScope.Name(i),
            i.Direction,
            i.Unit,
            i.AllowedMin,
            i.AllowedMax,
            AmbitionChecks.ToDto(checks[i.Code], i),
            commitments.TryGetValue(i.Code, out var c) ? Commitments.ToDto(c, checks[i.Code]) : null));
        return new CommitmentSheetDto(query.Year, query.Year + 1, query.Governorate, await Commitments.OpenAsync(db, query.Year + 1, cancellationToken), [.. rows]);
    }
}
