namespace KpiTracker.Application.Features.Cycles.GetCycle;

/// <summary>One cycle: calendar (Muscat dates and UTC instants), status, phase and the count-indicator target overrides.</summary>
public sealed record GetCycleQuery(int Year) : IQuery<Result<CycleDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkRead);
}

internal sealed class GetCycleHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<GetCycleQuery, Result<CycleDto>>
{
    public async ValueTask<Result<CycleDto>> Handle(GetCycleQuery query, CancellationToken cancellationToken) =>
        await CycleQueries.ReadAsync(db, query.Year, clock.GetUtcNow(), cancellationToken) is { } cycle ? cycle : AppError.NotFound("cycle.not_found");
}
