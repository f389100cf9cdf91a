namespace KpiTracker.Application.Features.Cycles.GetCyclesPage;

/// <summary>The cycles page in one read: every cycle, and the year the create form suggests.</summary>
public sealed record GetCyclesPageQuery : IQuery<Result<CyclesPageModel>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

/// <summary>
/// Every cycle, newest first, and the year to suggest for a new one: the year after the newest cycle, or last year when there is
/// none (a cycle assesses a year that has ended).
/// </summary>
public sealed record CyclesPageModel(IReadOnlyList<CycleSummaryDto> Cycles, int SuggestedYear);

internal sealed class GetCyclesPageHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<GetCyclesPageQuery, Result<CyclesPageModel>>
{
    public async ValueTask<Result<CyclesPageModel>> Handle(GetCyclesPageQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cycles = await CycleQueries.SummariesAsync(db, now, cancellationToken);
        return new CyclesPageModel(cycles, cycles.Count == 0 ? now.Year - 1 : cycles.Max(c => c.Year) + 1);
    }
}
