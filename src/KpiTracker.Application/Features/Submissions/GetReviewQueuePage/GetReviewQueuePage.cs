using KpiTracker.Application.Features.Cycles;

namespace KpiTracker.Application.Features.Submissions.GetReviewQueuePage;

/// <summary>
/// The reviewer's queue: the open cycle's items the caller reads, filtered by state (null: every state), criterion, governorate,
/// open flags and overdue, one <see cref="PageSize"/> page at a time (<see cref="Page"/> counts from 1).
/// </summary>
public sealed record GetReviewQueuePageQuery(SubmissionState? State, string? Criterion, bool Flagged, bool Overdue, string? Governorate = null, int Page = 1)
    : IQuery<Result<ReviewQueuePageModel>>, ISelfMessage
{
    public const int PageSize = 50;
}

/// <summary>
/// Whether the caller reviews or verifies at all (the page is refused otherwise); the newest open cycle (without one there is no
/// queue); the governorates the caller reviews, whose progress pages the queue links to; the criteria and governorates to filter
/// by; the page's items (those waiting for review first, oldest first, then the rest in governorate and framework order); how
/// many items the filters match, and the page shown of how many.
/// </summary>
public sealed record ReviewQueuePageModel(
    bool Allowed,
    CycleSummaryDto? Cycle,
    IReadOnlyList<string> Reviewed,
    IReadOnlyList<CriterionLabel> Criteria,
    IReadOnlyList<QueueItem> Items,
    IReadOnlyList<string> Governorates,
    int Total = 0,
    int Page = 1,
    int Pages = 1);

/// <summary>
/// One item of the queue, its indicator's names, whether it waits for review longer than it should, and the whole days it has
/// waited since it was submitted (null when it is not waiting for review).
/// </summary>
public sealed record QueueItem(SubmissionSummaryDto Item, IndicatorLabel? Label, bool Overdue, int? DaysWaiting = null);

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
            return new ReviewQueuePageModel(allowed, null, [], [], [], []);
        }

        var grants = await access.GrantsAsync(cancellationToken);
        var reviewed = grants
            .Where(g => g.OrgUnitCode is not null && RolePermissions.Grants(g.Role, Permission.SubmissionReview))
            .Select(g => g.OrgUnitCode!).Distinct().Order(StringComparer.Ordinal).ToList();
        var labels = await FrameworkLabels.IndicatorsAsync(db, cycle.EditionId, cancellationToken);
        var items = await access.HasAsync(Permission.SubmissionRead, cancellationToken: cancellationToken)
            ? await SubmissionList.ReadAsync(db, user, now, cycle.Year, new(State: query.State), cancellationToken) ?? []
            : [];
        var reviewLate = CurrentCycle.DaysLeft(summary.Calendar.ReviewDue, now) < 0;
        var queue = items
            .Where(r => string.IsNullOrEmpty(query.Governorate) || r.Governorate == query.Governorate)
            .Select(r => new QueueItem(r, labels.GetValueOrDefault(r.Indicator), IsOverdue(r, now, reviewLate), WorkQueues.DaysWaiting(r, now)))
            .Where(q => string.IsNullOrEmpty(query.Criterion) || q.Label?.Criterion == query.Criterion)
            .Where(q => !query.Flagged || q.Item.OpenFlags > 0)
            .Where(q => !query.Overdue || q.Overdue)
            // Stable: what does not wait for review keeps the list's governorate and framework order.
            .OrderBy(q => WorkQueues.NeedsReviewer(q.Item) ? 0 : 1)
            .ThenBy(q => WorkQueues.NeedsReviewer(q.Item) ? q.Item.SubmittedAt : null)
            .ToList();
        var pages = Math.Max(1, (queue.Count + GetReviewQueuePageQuery.PageSize - 1) / GetReviewQueuePageQuery.PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        return new ReviewQueuePageModel(
            true,
            summary,
            reviewed,
            await FrameworkLabels.CriteriaAsync(db, cycle.EditionId, cancellationToken),
            [.. queue.Skip((page - 1) * GetReviewQueuePageQuery.PageSize).Take(GetReviewQueuePageQuery.PageSize)],
            await GovernoratesAsync(grants, cancellationToken),
            queue.Count,
            page,
            pages);
    }

    /// <summary>The governorates whose items the caller reads, in the governorates' order: the filter's choices.</summary>
    private async Task<List<string>> GovernoratesAsync(IReadOnlyList<Grant> grants, CancellationToken cancellationToken)
    {
        var reading = grants.Where(g => RolePermissions.Grants(g.Role, Permission.SubmissionRead)).ToList();
        return [.. (await CycleQueries.AssessedUnitsAsync(db, cancellationToken)).Where(unit => user.IsSystem || reading.Any(g => g.OrgUnitCode is null || g.OrgUnitCode == unit))];
    }

    /// <summary>Waiting for review longer than reviewers are given, or still unreviewed after the review date.</summary>
    private static bool IsOverdue(SubmissionSummaryDto row, DateTimeOffset now, bool reviewLate) =>
        row.State == SubmissionState.Submitted && row.SubmittedAt is { } submitted
        && (now - submitted > WorkQueues.ReviewWait || reviewLate);
}
