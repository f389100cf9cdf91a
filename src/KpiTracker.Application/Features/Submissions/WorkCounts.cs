using KpiTracker.Application.Features.Cycles;

namespace KpiTracker.Application.Features.Submissions;

/// <summary>
/// What waits for the caller in the open cycle, by role: as an owner (null without owner grants), as a governorate reviewer (one
/// entry per governorate reviewed) and as the central team (null for those who do not verify).
/// </summary>
public sealed record WorkCounts(OwnerWork? Owner, IReadOnlyList<ReviewWork> Review, CentralWork? Verify)
{
    public static WorkCounts None { get; } = new(null, [], null);
}

/// <summary>An owner's items: returned to them, still to submit (drafts, not started included), and the N/A requests refused.</summary>
public sealed record OwnerWork(int Returned, int ToSubmit, int NotApplicableRefused);

/// <summary>A reviewed governorate's submitted items waiting for review and when the oldest of them was submitted.</summary>
public sealed record ReviewWork(string Governorate, int Waiting, DateTimeOffset? OldestSince);

/// <summary>The central team's accepted items waiting for verification and the open "not applicable" requests.</summary>
public sealed record CentralWork(int Accepted, int NotApplicableRequests);

/// <summary>Reads <see cref="WorkCounts"/> with the rules of <see cref="WorkQueues"/>, over the items the caller may read.</summary>
internal static class WorkCountsReader
{
    public static async Task<WorkCounts> ReadAsync(
        AppDbContext db, ICurrentUser user, AccessChecker access, DateTimeOffset now, CycleSummaryDto cycle, CancellationToken cancellationToken)
    {
        if (!await access.HasAsync(Permission.SubmissionRead, cancellationToken: cancellationToken))
        {
            return WorkCounts.None;
        }

        var grants = await access.GrantsAsync(cancellationToken);
        var items = await SubmissionList.ReadAsync(db, user, now, cycle.Year, new(), cancellationToken) ?? [];
        var owned = grants.Where(g => g.Role == Role.IndicatorOwner).ToList();
        var mine = items.Where(i => owned.Any(g => g.Covers(i.Governorate, i.Indicator))).ToList();
        var owner = owned.Count == 0 ? null : new OwnerWork(
            mine.Count(i => WorkQueues.OwnerUrgency(i, cycle.EntryOpen) == 0),
            mine.Count(i => WorkQueues.OwnerUrgency(i, cycle.EntryOpen) == 1),
            mine.Count(i => i.NotApplicable == NotApplicableRequest.Refused && WorkQueues.NeedsOwner(i, cycle.EntryOpen)));
        var reviewed = grants.Where(g => g.OrgUnitCode is not null && RolePermissions.Grants(g.Role, Permission.SubmissionReview))
            .Select(g => g.OrgUnitCode!).Distinct().Order(StringComparer.Ordinal);
        var review = reviewed.Select(unit =>
        {
            var waiting = items.Where(i => i.Governorate == unit && WorkQueues.NeedsReviewer(i)).ToList();
            return new ReviewWork(unit, waiting.Count, waiting.Min(i => i.SubmittedAt));
        });
        var verify = await access.HasAsync(Permission.SubmissionVerify, cancellationToken: cancellationToken)
            ? new CentralWork(items.Count(i => i.State == SubmissionState.Accepted), items.Count(i => i.NotApplicable == NotApplicableRequest.Requested))
            : null;
        return new WorkCounts(owner, [.. review], verify);
    }
}
