namespace KpiTracker.Application.Features.Cycles.ListCycles;

/// <summary>Every cycle, newest year first. Calendars are public to every role, like the framework itself.</summary>
public sealed record ListCyclesQuery : IQuery<Result<IReadOnlyList<CycleSummaryDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkRead);
}

internal sealed class ListCyclesHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<ListCyclesQuery, Result<IReadOnlyList<CycleSummaryDto>>>
{
    public async ValueTask<Result<IReadOnlyList<CycleSummaryDto>>> Handle(ListCyclesQuery query, CancellationToken cancellationToken) =>
        Result<IReadOnlyList<CycleSummaryDto>>.Success(await CycleQueries.SummariesAsync(db, clock.GetUtcNow(), cancellationToken));
}
