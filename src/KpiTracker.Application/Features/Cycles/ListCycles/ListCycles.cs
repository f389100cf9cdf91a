namespace KpiTracker.Application.Features.Cycles.ListCycles;

/// <summary>Every cycle, newest year first. Calendars are public to every role, like the framework itself.</summary>
public sealed record ListCyclesQuery : IQuery<Result<IReadOnlyList<CycleSummaryDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkRead);
}

internal sealed class ListCyclesHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<ListCyclesQuery, Result<IReadOnlyList<CycleSummaryDto>>>
{
    public async ValueTask<Result<IReadOnlyList<CycleSummaryDto>>> Handle(ListCyclesQuery query, CancellationToken cancellationToken)
    {
        var rows = await db.Cycles.AsNoTracking()
            .OrderByDescending(c => c.Year)
            .Select(c => new { Cycle = c, Edition = db.FrameworkEditions.Where(e => e.Id == c.EditionId).Select(e => e.Code).First() })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return Result<IReadOnlyList<CycleSummaryDto>>.Success([.. rows.Select(r => CycleMapper.ToSummary(r.Cycle, r.Edition, now))]);
    }
}
