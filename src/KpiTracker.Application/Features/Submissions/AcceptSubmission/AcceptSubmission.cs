namespace KpiTracker.Application.Features.Submissions.AcceptSubmission;

/// <summary>Governorate reviewer: accepts a submitted value, unless they submitted it themselves (<see cref="SeparateDuties"/>).</summary>
public sealed record AcceptSubmissionCommand(int Year, string Governorate, string Indicator, uint? Version) : ICommand<Result<SubmissionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionReview, Governorate, Indicator);
}

internal sealed class AcceptSubmissionHandler(SubmissionWorkflow workflow, SeparateDuties duties, TimeProvider clock) : ICommandHandler<AcceptSubmissionCommand, Result<SubmissionDto>>
{
    public async ValueTask<Result<SubmissionDto>> Handle(AcceptSubmissionCommand command, CancellationToken cancellationToken) =>
        await workflow.ChangeAsync(
            new SubmissionKey(command.Year, command.Governorate, command.Indicator),
            command.Version,
            item => duties.AcceptAsync(item.Submission, clock.GetUtcNow(), cancellationToken),
            cancellationToken);
}
