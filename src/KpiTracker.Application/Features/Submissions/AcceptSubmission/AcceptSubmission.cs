namespace KpiTracker.Application.Features.Submissions.AcceptSubmission;

/// <summary>
/// Governorate reviewer: accepts a submitted value, unless they submitted it themselves (<see cref="SeparateDuties"/>), with an
/// optional recommendation kept on the accepted revision (what the governorate should do about the value; shown on the scorecard).
/// </summary>
public sealed record AcceptSubmissionCommand(int Year, string Governorate, string Indicator, uint? Version, string? Recommendation = null) : ICommand<Result<SubmissionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionReview, Governorate, Indicator);
}

internal sealed class AcceptSubmissionHandler(SubmissionWorkflow workflow, SeparateDuties duties, TimeProvider clock) : ICommandHandler<AcceptSubmissionCommand, Result<SubmissionDto>>
{
    public async ValueTask<Result<SubmissionDto>> Handle(AcceptSubmissionCommand command, CancellationToken cancellationToken) =>
        await workflow.ChangeAsync(
            new SubmissionKey(command.Year, command.Governorate, command.Indicator),
            command.Version,
            item => duties.AcceptAsync(item.Submission, command.Recommendation, clock.GetUtcNow(), cancellationToken),
            cancellationToken);
}
