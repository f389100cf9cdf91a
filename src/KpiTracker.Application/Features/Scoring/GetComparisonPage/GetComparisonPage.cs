namespace KpiTracker.Application.Features.Scoring.GetComparisonPage;

/// <summary>
/// Everything the comparison page shows in one read: the comparison, the chosen indicator's trend (an unknown or absent one falls
/// back to the first, so the section always shows something), the edition's bands, the governorates' names and which of their
/// scorecards the caller may open.
/// </summary>
public sealed record GetComparisonPageQuery(int Year, string? Indicator) : IQuery<Result<ComparisonPageModel>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ComparisonRead);
}

internal sealed class GetComparisonPageValidator : AbstractValidator<GetComparisonPageQuery>
{
    public GetComparisonPageValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100);
}

internal sealed class GetComparisonPageHandler(AppDbContext db, ICurrentUser user, AccessChecker access, EditionModels editions)
    : IQueryHandler<GetComparisonPageQuery, Result<ComparisonPageModel>>
{
    public async ValueTask<Result<ComparisonPageModel>> Handle(GetComparisonPageQuery query, CancellationToken cancellationToken)
    {
        var comparison = await new Comparisons(db, user, editions).ReadAsync(query.Year, cancellationToken);
        if (!comparison.IsSuccess)
        {
            return comparison.Error!;
        }

        var indicators = comparison.Value.Indicators;
        var indicator = indicators.FirstOrDefault(i => i.Code == query.Indicator) ?? (indicators is [var first, ..] ? first : null);
        var trend = indicator is null ? null : await new ComparisonTrends(db, user).ReadAsync(query.Year, indicator.Code, cancellationToken);
        var bands = await ScoringNames.BandsAsync(db, query.Year, cancellationToken);
        var governorates = await ScoringNames.GovernoratesAsync(db, cancellationToken);
        return new ComparisonPageModel(
            comparison.Value,
            trend is { IsSuccess: true } ? trend.Value : null,
            [.. bands.OrderByDescending(b => b.MinScore)],
            governorates,
            await ScorecardLinks.ReadableAsync(access, governorates.Select(g => g.Code), cancellationToken));
    }
}
