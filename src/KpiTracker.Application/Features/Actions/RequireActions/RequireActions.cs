namespace KpiTracker.Application.Features.Actions.RequireActions;

/// <summary>Central team: requires (or no longer requires) an improvement action for every red indicator of the cycle.</summary>
public sealed record RequireActionsCommand(int Year, bool? Required) : ICommand<Result<RequiredActionsDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

public sealed record RequiredActionsDto(int Year, bool Required);

internal sealed class RequireActionsValidator : AbstractValidator<RequireActionsCommand>
{
    public RequireActionsValidator() =>
        RuleFor(c => c.Required).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
}

internal sealed class RequireActionsHandler(AppDbContext db) : ICommandHandler<RequireActionsCommand, Result<RequiredActionsDto>>
{
    public async ValueTask<Result<RequiredActionsDto>> Handle(RequireActionsCommand command, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.FirstOrDefaultAsync(c => c.Year == command.Year, cancellationToken);
        if (cycle is null)
        {
            return AppError.NotFound("cycle.not_found");
        }

        cycle.RequireActions(command.Required!.Value);
        return new RequiredActionsDto(cycle.Year, cycle.RequireActionsForRed);
    }
}
