namespace KpiTracker.Application.Features.Scoring.GetComparison;

/// <summary>The cycle across governorates (see <see cref="Comparisons"/>); unpublished until the cycle closes, but for those who read every scorecard.</summary>
public sealed record GetComparisonQuery(int Year) : IQuery<Result<ComparisonDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ComparisonRead);
}

internal sealed class GetComparisonValidator : AbstractValidator<GetComparisonQuery>
{
    public GetComparisonValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
}

internal sealed class GetComparisonHandler(AppDbContext db, ICurrentUser user, EditionModels editions) : IQueryHandler<GetComparisonQuery, Result<ComparisonDto>>
{
    public async ValueTask<Result<ComparisonDto>> Handle(GetComparisonQuery query, CancellationToken cancellationToken) =>
        await new Comparisons(db, user, editions).ReadAsync(query.Year, cancellationToken);
}
