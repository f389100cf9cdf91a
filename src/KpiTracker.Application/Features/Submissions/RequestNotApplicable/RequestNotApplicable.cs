using KpiTracker.Application.Common.Auditing;

namespace KpiTracker.Application.Features.Submissions.RequestNotApplicable;

/// <summary>Owner: asks the central team to mark the item not applicable, with a reason; until decided it cannot be submitted.</summary>
public sealed record RequestNotApplicableCommand(int Year, string Governorate, string Indicator, uint? Version, string? Reason) : ICommand<Result<SubmissionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionEnter, Governorate, Indicator);
}

internal sealed class RequestNotApplicableValidator : AbstractValidator<RequestNotApplicableCommand>
{
    public RequestNotApplicableValidator() => RuleFor(c => c.Reason).ValidReason();
}

internal sealed class RequestNotApplicableHandler(SubmissionWorkflow workflow, AuditContext audit, TimeProvider clock)
    : ICommandHandler<RequestNotApplicableCommand, Result<SubmissionDto>>
{
    public async ValueTask<Result<SubmissionDto>> Handle(RequestNotApplicableCommand command, CancellationToken cancellationToken)
    {
        audit.Reason = command.Reason?.Trim();
        return await workflow.ChangeAsync(
            new SubmissionKey(command.Year, command.Governorate, command.Indicator),
            command.Version,
            item => Task.FromResult(item.Submission.RequestNotApplicable(item.Cycle, item.Indicator, command.Reason ?? "", clock.GetUtcNow(), workflow.Actor)),
            cancellationToken);
    }
}
