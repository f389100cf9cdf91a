using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Actions.ListActions;

/// <summary>A governorate's improvement actions, by due date; filters: status, indicator, overdue only (open after the due date, Muscat).</summary>
public sealed record ListActionsQuery(string Governorate, string? Status = null, string? Indicator = null, bool Overdue = false)
    : IQuery<Result<IReadOnlyList<ActionDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ActionRead, Governorate);
}

internal sealed class ListActionsValidator : AbstractValidator<ListActionsQuery>
{
    public ListActionsValidator() =>
        RuleFor(q => q.Status).Must(s => s is null || Codes.TryParse<ActionStatus>(s, out _))
            .WithErrorCode("action.status.unknown").WithMessage(_ => Messages.Get("action.status.unknown"));
}

internal sealed class ListActionsHandler(AppDbContext db, TimeProvider clock) : IQueryHandler<ListActionsQuery, Result<IReadOnlyList<ActionDto>>>
{
    public async ValueTask<Result<IReadOnlyList<ActionDto>>> Handle(ListActionsQuery query, CancellationToken cancellationToken)
    {
        if (!(await ScoringScope.GovernoratesAsync(db, cancellationToken)).Contains(query.Governorate))
        {
            return AppError.NotFound("org_unit.not_found");
        }

        var filter = new ActionFilter(query.Status is null ? null : Codes.Parse<ActionStatus>(query.Status), query.Indicator, query.Overdue);
        return await ActionReads.ListAsync(db, query.Governorate, filter, MuscatTime.Today(clock), cancellationToken);
    }
}
