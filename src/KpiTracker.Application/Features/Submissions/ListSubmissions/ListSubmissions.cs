namespace KpiTracker.Application.Features.Submissions.ListSubmissions;

/// <summary>
/// The items of a cycle the caller may see (owners their governorate's indicators, reviewers their governorate, the central
/// team and auditors all), by governorate and framework order; filters: governorate, state, indicator.
/// </summary>
public sealed record ListSubmissionsQuery(int Year, string? Governorate, string? State, string? Indicator) : IQuery<Result<IReadOnlyList<SubmissionSummaryDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate, Indicator);
}

internal sealed class ListSubmissionsValidator : AbstractValidator<ListSubmissionsQuery>
{
    public ListSubmissionsValidator() =>
        RuleFor(q => q.State).Must(s => Codes.TryParse<SubmissionState>(s, out _)).When(q => !string.IsNullOrEmpty(q.State))
            .WithErrorCode("submission.state.unknown").WithMessage(q => Messages.Get("submission.state.unknown", q.State ?? ""));
}

internal sealed class ListSubmissionsHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListSubmissionsQuery, Result<IReadOnlyList<SubmissionSummaryDto>>>
{
    public async ValueTask<Result<IReadOnlyList<SubmissionSummaryDto>>> Handle(ListSubmissionsQuery query, CancellationToken cancellationToken)
    {
        var state = string.IsNullOrEmpty(query.State) ? (SubmissionState?)null : Codes.Parse<SubmissionState>(query.State);
        var items = await SubmissionList.ReadAsync(db, user, clock.GetUtcNow(), query.Year, new(query.Governorate, state, query.Indicator), cancellationToken);
        return items is null ? AppError.NotFound("cycle.not_found") : Result<IReadOnlyList<SubmissionSummaryDto>>.Success(items);
    }
}
