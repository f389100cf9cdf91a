namespace KpiTracker.Application.Features.Submissions.SubmitValue;

/// <summary>
/// Owner: sends the saved draft (or the answer to a return) for review. Needs the value, survey details, a justification for
/// soft-rule hits, an analysis when the value's light is red (<see cref="ValueRules.CheckAnalysis"/>) and evidence where required; reviewers of the governorate are notified.
/// </summary>
public sealed record SubmitValueCommand(int Year, string Governorate, string Indicator, uint? Version) : ICommand<Result<SubmissionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionEnter, Governorate, Indicator);
}

internal sealed class SubmitValueHandler(AppDbContext db, SubmissionWorkflow workflow, SubmissionReader reader, Notifier notifier, TimeProvider clock)
    : ICommandHandler<SubmitValueCommand, Result<SubmissionDto>>
{
    public async ValueTask<Result<SubmissionDto>> Handle(SubmitValueCommand command, CancellationToken cancellationToken) =>
        await workflow.ChangeAsync(new SubmissionKey(command.Year, command.Governorate, command.Indicator), command.Version, async item =>
        {
            var now = clock.GetUtcNow();
            var previous = await reader.PreviousValueAsync(item.Submission, cancellationToken);
            var yardstick = await ValueYardsticks.ForAsync(db, item.Cycle, item.Submission.OrgUnitCode, item.Indicator, cancellationToken);
            var violations = item.Submission.Submit(item.Cycle, item.Indicator, previous, yardstick, now, workflow.Actor);
            if (violations.Count == 0)
            {
                await notifier.ToReviewersAsync(item.Submission, NotificationKind.SubmissionSubmitted, now, cancellationToken);
            }

            return violations;
        }, cancellationToken);
}
