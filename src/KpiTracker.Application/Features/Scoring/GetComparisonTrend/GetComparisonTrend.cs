namespace KpiTracker.Application.Features.Scoring.GetComparisonTrend;

/// <summary>
/// One indicator of every governorate over the scored cycles up to the given one, from each cycle's latest runs: the comparison's
/// trend, read in one query instead of one per governorate. It follows the comparison's scope: the given cycle must be one
/// the caller may compare, and an open cycle's provisional numbers appear only for those who read every scorecard.
/// </summary>
public sealed record GetComparisonTrendQuery(int Year, string Indicator) : IQuery<Result<ComparisonTrendDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ComparisonRead);
}

internal sealed class GetComparisonTrendValidator : AbstractValidator<GetComparisonTrendQuery>
{
    public GetComparisonTrendValidator()
    {
        RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
        RuleFor(q => q.Indicator).NotEmpty().MaximumLength(20);
    }
}

internal sealed class GetComparisonTrendHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<GetComparisonTrendQuery, Result<ComparisonTrendDto>>
{
    public async ValueTask<Result<ComparisonTrendDto>> Handle(GetComparisonTrendQuery query, CancellationToken cancellationToken) =>
        await new ComparisonTrends(db, user).ReadAsync(query.Year, query.Indicator, cancellationToken);
}
