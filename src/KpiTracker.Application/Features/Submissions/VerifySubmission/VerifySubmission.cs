namespace KpiTracker.Application.Features.Submissions.VerifySubmission;

/// <summary>
/// Central team: verifies an accepted value (after close, for a reopened item, this locks it again), unless they submitted or
/// accepted it themselves (<see cref="SeparateDuties"/>).
/// </summary>
public sealed record VerifySubmissionCommand(int Year, string Governorate, string Indicator, uint? Version) : ICommand<Result<SubmissionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionVerify, Governorate, Indicator);
}

internal sealed class VerifySubmissionHandler(SubmissionWorkflow workflow, SeparateDuties duties, TimeProvider clock) : ICommandHandler<VerifySubmissionCommand, Result<SubmissionDto>>
{
    public async ValueTask<Result<SubmissionDto>> Handle(VerifySubmissionCommand command, CancellationToken cancellationToken) =>
        await workflow.ChangeAsync(
            new SubmissionKey(command.Year, command.Governorate, command.Indicator),
            command.Version,
            item => duties.VerifyAsync(item, clock.GetUtcNow(), cancellationToken),
            cancellationToken);
}
