using KpiTracker.Application.Common.Auditing;

namespace KpiTracker.Application.Features.Submissions.DecideNotApplicable;

/// <summary>Central team: grants a pending not-applicable request (the item leaves scoring) or refuses it with a reason; owners are notified.</summary>
public sealed record DecideNotApplicableCommand(int Year, string Governorate, string Indicator, uint? Version, bool Grant, string? Reason)
    : ICommand<Result<SubmissionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionVerify, Governorate, Indicator);
}

internal sealed class DecideNotApplicableValidator : AbstractValidator<DecideNotApplicableCommand>
{
    public DecideNotApplicableValidator() => RuleFor(c => c.Reason).ValidReason();
}

internal sealed class DecideNotApplicableHandler(SubmissionWorkflow workflow, AuditContext audit, Notifier notifier, TimeProvider clock)
    : ICommandHandler<DecideNotApplicableCommand, Result<SubmissionDto>>
{
    public async ValueTask<Result<SubmissionDto>> Handle(DecideNotApplicableCommand command, CancellationToken cancellationToken)
    {
        audit.Reason = $"{(command.Grant ? "granted" : "refused")}{(string.IsNullOrWhiteSpace(command.Reason) ? "" : ": " + command.Reason.Trim())}";
        return await workflow.ChangeAsync(new SubmissionKey(command.Year, command.Governorate, command.Indicator), command.Version, async item =>
        {
            var now = clock.GetUtcNow();
            var violations = item.Submission.DecideNotApplicable(item.Cycle, command.Grant, command.Reason, now, workflow.Actor);
            if (violations.Count == 0)
            {
                var kind = command.Grant ? NotificationKind.NotApplicableGranted : NotificationKind.NotApplicableRefused;
                await notifier.ToOwnersAsync(item.Submission, kind, now, cancellationToken);
            }

            return violations;
        }, cancellationToken);
    }
}
