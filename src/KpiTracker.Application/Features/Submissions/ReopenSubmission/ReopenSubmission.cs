using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Common.Security;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using Mediator;

namespace KpiTracker.Application.Features.Submissions.ReopenSubmission;

/// <summary>
/// Central team, after close: reopens one locked or missing item for a restatement, as a new revision starting from the
/// last one's values; earlier revisions are kept. The owner corrects and submits, the reviewer accepts, and verification
/// locks it again. Owners are notified.
/// </summary>
public sealed record ReopenSubmissionCommand(int Year, string Governorate, string Indicator, uint? Version, string? Reason) : ICommand<Result<SubmissionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage, Governorate, Indicator);
}

internal sealed class ReopenSubmissionHandler(SubmissionWorkflow workflow, AuditContext audit, Notifier notifier, TimeProvider clock)
    : ICommandHandler<ReopenSubmissionCommand, Result<SubmissionDto>>
{
    public async ValueTask<Result<SubmissionDto>> Handle(ReopenSubmissionCommand command, CancellationToken cancellationToken)
    {
        audit.Reason = command.Reason?.Trim();
        return await workflow.ChangeAsync(new SubmissionKey(command.Year, command.Governorate, command.Indicator), command.Version, async item =>
        {
            var now = clock.GetUtcNow();
            var violations = item.Submission.Reopen(item.Cycle, command.Reason ?? "", now, workflow.Actor);
            if (violations.Count == 0)
            {
                await notifier.ToOwnersAsync(item.Submission, NotificationKind.SubmissionReopened, now, cancellationToken);
            }

            return violations;
        }, cancellationToken);
    }
}
