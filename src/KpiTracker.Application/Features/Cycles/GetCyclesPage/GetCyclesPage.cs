using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Features.Cycles.GetCyclesPage;

/// <summary>The cycles page in one read: every cycle, the year the create form suggests, and the scorecards each cycle leads to.</summary>
public sealed record GetCyclesPageQuery : IQuery<Result<CyclesPageModel>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

/// <summary>
/// Every cycle, newest first, and the year to suggest for a new one: the year after the newest cycle, or last year when there is
/// none (a cycle assesses a year that has ended); every governorate's names, and those whose scorecards the caller may open.
/// </summary>
public sealed record CyclesPageModel(IReadOnlyList<CycleSummaryDto> Cycles, int SuggestedYear, IReadOnlyList<NamedCode> Governorates, IReadOnlyList<string> Scorecards);

internal sealed class GetCyclesPageHandler(AppDbContext db, AccessChecker access, TimeProvider clock) : IQueryHandler<GetCyclesPageQuery, Result<CyclesPageModel>>
{
    public async ValueTask<Result<CyclesPageModel>> Handle(GetCyclesPageQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cycles = await CycleQueries.SummariesAsync(db, now, cancellationToken);
        var governorates = await ScoringNames.GovernoratesAsync(db, cancellationToken);
        return new CyclesPageModel(
            cycles,
            cycles.Count == 0 ? now.Year - 1 : cycles.Max(c => c.Year) + 1,
            governorates,
            await ScorecardLinks.ReadableAsync(access, governorates.Select(g => g.Code), cancellationToken));
    }
}
