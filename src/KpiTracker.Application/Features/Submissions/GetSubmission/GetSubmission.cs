namespace KpiTracker.Application.Features.Submissions.GetSubmission;

/// <summary>One item with its current revision, warnings, history counters and the caller's possible actions.</summary>
public sealed record GetSubmissionQuery(int Year, string Governorate, string Indicator) : IQuery<Result<SubmissionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate, Indicator);
}

internal sealed class GetSubmissionHandler(SubmissionReader reader) : IQueryHandler<GetSubmissionQuery, Result<SubmissionDto>>
{
    public async ValueTask<Result<SubmissionDto>> Handle(GetSubmissionQuery query, CancellationToken cancellationToken)
    {
        var (item, notFound) = await reader.LoadAsync(new SubmissionKey(query.Year, query.Governorate, query.Indicator), shareCycle: false, cancellationToken);
        return item is null ? notFound! : await reader.ToDtoAsync(item, cancellationToken);
    }
}
