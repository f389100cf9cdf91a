using KpiTracker.Application.Common.Auditing;

namespace KpiTracker.Application.Features.Submissions.ReturnSubmission;

/// <summary>
/// Sends an item back to its owner with a reason code and text: a submitted item by the governorate's reviewer, an accepted
/// or verified one by the central team. Open outlier flags on the item count as answered by the return; owners are notified.
/// </summary>
public sealed record ReturnSubmissionCommand(int Year, string Governorate, string Indicator, uint? Version, string? Reason, string? Text)
    : ICommand<Result<SubmissionDto>>, IRequireAccess
{
    // Who may return depends on the item's state, known only once it is loaded: the handler checks review or verify then.
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate, Indicator);
}

internal sealed class ReturnSubmissionValidator : AbstractValidator<ReturnSubmissionCommand>
{
    public ReturnSubmissionValidator()
    {
        RuleFor(c => c.Reason).Must(r => Codes.TryParse<ReturnReason>(r, out _))
            .WithErrorCode("return.reason.unknown").WithMessage(_ => Messages.Get("return.reason.unknown"));
        RuleFor(c => c.Text).Must(t => !string.IsNullOrWhiteSpace(t))
            .WithErrorCode("return.text.required").WithMessage(_ => Messages.Get("return.text.required"));
        RuleFor(c => c.Text).ValidReason();
    }
}

internal sealed class ReturnSubmissionHandler(
    SubmissionWorkflow workflow, AppDbContext db, AccessChecker access, AuditContext audit, Notifier notifier, TimeProvider clock)
    : ICommandHandler<ReturnSubmissionCommand, Result<SubmissionDto>>
{
    public async ValueTask<Result<SubmissionDto>> Handle(ReturnSubmissionCommand command, CancellationToken cancellationToken)
    {
        var reason = Codes.Parse<ReturnReason>(command.Reason!);
        audit.Reason = $"{command.Reason}: {command.Text!.Trim()}";
        // A role that can return from no state at all is refused before the item is read, so it never learns the
        // item's version or state from a conflict answer.
        Result<SubmissionDto> result = await MayReturnFromSomeStateAsync(command, cancellationToken)
            ? await ReturnAsync(command, reason, cancellationToken)
            : SubmissionErrors.From([SubmissionErrors.Forbidden], null);

        return result.Error is { Kind: ErrorKind.Forbidden } forbidden
            ? forbidden with { Refusal = new AccessRefusal("forbidden") { OrgUnit = command.Governorate, Indicator = command.Indicator } }
            : result;
    }

    private async Task<bool> MayReturnFromSomeStateAsync(ReturnSubmissionCommand command, CancellationToken cancellationToken) =>
        await access.HasAsync(Permission.SubmissionReview, command.Governorate, command.Indicator, cancellationToken)
        || await access.HasAsync(Permission.SubmissionVerify, command.Governorate, command.Indicator, cancellationToken);

    private async Task<Result<SubmissionDto>> ReturnAsync(ReturnSubmissionCommand command, ReturnReason reason, CancellationToken cancellationToken)
    {
        return await workflow.ChangeAsync(new SubmissionKey(command.Year, command.Governorate, command.Indicator), command.Version, async item =>
        {
            var submission = item.Submission;
            var needs = submission.State == SubmissionState.Submitted ? Permission.SubmissionReview : Permission.SubmissionVerify;
            var decision = await access.DecideAsync(needs, submission.OrgUnitCode, submission.IndicatorCode, cancellationToken);
            if (decision.Outcome != AccessOutcome.Allowed)
            {
                // A role that can return from no state at all is refused whatever the state; one that could, learns the state.
                var other = needs == Permission.SubmissionReview ? Permission.SubmissionVerify : Permission.SubmissionReview;
                var canOther = (await access.DecideAsync(other, submission.OrgUnitCode, submission.IndicatorCode, cancellationToken)).Outcome == AccessOutcome.Allowed;
                return canOther && submission.State is not (SubmissionState.Submitted or SubmissionState.Accepted or SubmissionState.Verified)
                    ? submission.Return(reason, command.Text!, clock.GetUtcNow(), workflow.Actor)
                    : [SubmissionErrors.Forbidden];
            }

            audit.Role = decision.GrantedBy ?? audit.Role;
            var now = clock.GetUtcNow();
            var violations = submission.Return(reason, command.Text!, now, workflow.Actor);
            if (violations.Count == 0)
            {
                foreach (var flag in await db.SubmissionFlags.Where(f => f.SubmissionId == submission.Id && f.Status == FlagStatus.Open).ToListAsync(cancellationToken))
                {
                    flag.ResolveByReturn(audit.Reason, now, workflow.Actor);
                }

                await notifier.ToOwnersAsync(submission, NotificationKind.SubmissionReturned, now, cancellationToken);
            }

            return violations;
        }, cancellationToken);
    }
}
