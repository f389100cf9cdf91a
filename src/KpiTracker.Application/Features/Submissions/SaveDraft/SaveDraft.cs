namespace KpiTracker.Application.Features.Submissions.SaveDraft;

/// <summary>
/// Owner: saves the draft's values (a draft or a returned item, inside the entry window): the members named in
/// <see cref="Given"/> take the input's values (null clears one), the others stay as stored (<see cref="ValueInput.Over"/>);
/// the form gives them all. Malformed input and hard-rule breaks are refused field by field; soft-rule hits are saved and
/// come back as warnings, to be justified before submitting.
/// </summary>
public sealed record SaveDraftCommand(int Year, string Governorate, string Indicator, uint? Version, ValueInput Input, EntryFields Given) : ICommand<Result<SubmissionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionEnter, Governorate, Indicator);
}

internal sealed class SaveDraftHandler(SubmissionWorkflow workflow, SubmissionReader reader, TimeProvider clock) : ICommandHandler<SaveDraftCommand, Result<SubmissionDto>>
{
    public async ValueTask<Result<SubmissionDto>> Handle(SaveDraftCommand command, CancellationToken cancellationToken) =>
        await workflow.ChangeAsync(new SubmissionKey(command.Year, command.Governorate, command.Indicator), command.Version, async item =>
        {
            var now = clock.GetUtcNow();
            if (item.Submission.CheckEntry(item.Cycle, item.Indicator, now) is { } blocked)
            {
                return [blocked];
            }

            var input = command.Input.Over(item.Submission.Current.Values, command.Given);
            var check = ValueRules.Check(item.Indicator, input, await reader.PreviousValueAsync(item.Submission, cancellationToken));
            return check.IsValid ? item.Submission.SaveDraft(item.Cycle, item.Indicator, check.Values, now, workflow.Actor) : check.Errors;
        }, cancellationToken);
}
