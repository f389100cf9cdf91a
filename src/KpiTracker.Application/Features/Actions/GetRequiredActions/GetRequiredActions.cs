namespace KpiTracker.Application.Features.Actions.GetRequiredActions;

/// <summary>
/// Central team: whether the cycle requires an improvement action for every red indicator, and per governorate with a score
/// run in it the red indicators of its latest run that have no action opened in the cycle (a dropped one does not count).
/// </summary>
public sealed record GetRequiredActionsQuery(int Year) : IQuery<Result<RequiredActionsStateDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

/// <summary><see cref="Missing"/>: governorate code → red indicators without an action, for each governorate scored in the cycle.</summary>
public sealed record RequiredActionsStateDto(int Year, bool Required, IReadOnlyDictionary<string, int> Missing);

internal sealed class GetRequiredActionsHandler(AppDbContext db) : IQueryHandler<GetRequiredActionsQuery, Result<RequiredActionsStateDto>>
{
    public async ValueTask<Result<RequiredActionsStateDto>> Handle(GetRequiredActionsQuery query, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Year == query.Year, cancellationToken);
        if (cycle is null)
        {
            return AppError.NotFound("cycle.not_found");
        }

        return new RequiredActionsStateDto(cycle.Year, cycle.RequireActionsForRed, await RequiredActions.MissingByGovernorateAsync(db, cycle, cancellationToken));
    }
}
