using KpiTracker.Application.Features.Cycles;

namespace KpiTracker.Application.Features.Submissions.GetReviewQueuePage;

/// <summary>The reviewer's queue: the open cycle's items the caller reads, filtered by state, criterion, open flags and overdue.</summary>
public sealed record GetReviewQueuePageQuery(SubmissionState? State, string? Criterion, bool Flagged, bool Overdue)
    : IQuery<Result<ReviewQueuePageModel>>, ISelfMessage
{
    /// <summary>Reviewers are reminded of items waiting longer than this; the queue calls them overdue.</summary>
    public static readonly TimeSpan ReviewWait = TimeSpan.FromDays(5);
}

/// <summary>
/// Whether the caller reviews or verifies at all (the page is refused otherwise); the newest open cycle (without one there is no
/// queue); the governorates the caller reviews, whose progress pages the queue links to; the criteria to filter by; the items.
/// </summary>
public sealed record ReviewQueuePageModel(
    bool Allowed,
    CycleSummaryDto? Cycle,
    IReadOnlyList<string> Reviewed,
    IReadOnlyList<CriterionLabel> Criteria,
    IReadOnlyList<QueueItem> Items);

/// <summary>One item of the queue, its indicator's names, and whether it waits for review longer than it should.</summary>
public sealed record QueueItem(SubmissionSummaryDto Item, IndicatorLabel? Label, bool Overdue);

internal sealed class GetReviewQueuePageHandler(AppDbContext db, ICurrentUser user, AccessChecker access, TimeProvider clock)
    : IQueryHandler<GetReviewQueuePageQuery, Result<ReviewQueuePageModel>>
{
    public async ValueTask<Result<ReviewQueuePageModel>> Handle(GetReviewQueuePageQuery query, CancellationToken cancellationToken)
    {
        var allowed = await access.HasAsync(Permission.SubmissionReview, cancellationToken: cancellationToken)
                      || await access.HasAsync(Permission.SubmissionVerify, cancellationToken: cancellationToken);
        var now = clock.GetUtcNow();
        var open = allowed && await access.HasAsync(Permission.FrameworkRead, cancellationToken: cancellationToken)
            ? await CurrentCycle.ReadAsync(db, now, cancellationToken)
            : null;
        if (open is not var (cycle, summary))
        {
            return new ReviewQueuePageModel(allowed, null, [], [], []);
        }

        var reviewed = (await access.GrantsAsync(cancellationToken))
            .Where(g => g.OrgUnitCode is not null && RolePermissions.Grants(g.Role, Permission.SubmissionReview))
            .Select(g => g.OrgUnitCode!).Distinct().Order(StringComparer.Ordinal).ToList();
        var labels = await FrameworkLabels.IndicatorsAsync(db, cycle.EditionId, cancellationToken);
        var items = await access.HasAsync(Permission.SubmissionRead, cancellationToken: cancellationToken)
            ? await SubmissionList.ReadAsync(db, user, now, cycle.Year, new(State: query.State), cancellationToken) ?? []
            : [];
        var reviewLate = CurrentCycle.DaysLeft(summary.Calendar.ReviewDue, now) < 0;
        var queue = items
            .Select(r => new QueueItem(r, labels.GetValueOrDefault(r.Indicator), IsOverdue(r, now, reviewLate)))
            .Where(q => string.IsNullOrEmpty(query.Criterion) || q.Label?.Criterion == query.Criterion)
            .Where(q => !query.Flagged || q.Item.OpenFlags > 0)
            .Where(q => !query.Overdue || q.Overdue);
        return new ReviewQueuePageModel(true, summary, reviewed, await FrameworkLabels.CriteriaAsync(db, cycle.EditionId, cancellationToken), [.. queue]);
    }

    /// <summary>Waiting for review longer than reviewers are given, or still unreviewed after the review date.</summary>
    private static bool IsOverdue(SubmissionSummaryDto row, DateTimeOffset now, bool reviewLate) =>
        row.State == SubmissionState.Submitted && row.SubmittedAt is { } submitted
        && (now - submitted > GetReviewQueuePageQuery.ReviewWait || reviewLate);
}
