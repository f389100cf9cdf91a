using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Security;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using Mediator;

namespace KpiTracker.Application.Features.Submissions.SaveDraft;

/// <summary>
/// Owner: replaces the draft's values (a draft or a returned item, inside the entry window). Malformed input and hard-rule
/// breaks are refused field by field; soft-rule hits are saved and come back as warnings, to be justified before submitting.
/// </summary>
public sealed record SaveDraftCommand(int Year, string Governorate, string Indicator, uint? Version, ValueInput Input) : ICommand<Result<SubmissionDto>>, IRequireAccess
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

            var check = ValueRules.Check(item.Indicator, command.Input, await reader.PreviousValueAsync(item.Submission, cancellationToken));
            return check.IsValid ? item.Submission.SaveDraft(item.Cycle, item.Indicator, check.Values, now, workflow.Actor) : check.Errors;
        }, cancellationToken);
}
