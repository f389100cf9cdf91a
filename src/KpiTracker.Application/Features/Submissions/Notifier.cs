namespace KpiTracker.Application.Features.Submissions;

/// <summary>Adds in-app notifications to the change being saved, so they commit with the transition or not at all.</summary>
internal sealed class Notifier(AppDbContext db, ICurrentUser user)
{
    /// <summary>Active users who own the item's indicator in its governorate.</summary>
    public Task ToOwnersAsync(Submission submission, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken) =>
        AddAsync(
            db.Assignments.Where(a => a.Role == Role.IndicatorOwner
                                      && (a.OrgUnitCode == null || a.OrgUnitCode == submission.OrgUnitCode)
                                      && (a.IndicatorCode == null || a.IndicatorCode == submission.IndicatorCode)),
            submission,
            kind,
            now,
            cancellationToken);

    /// <summary>Active reviewers of the item's governorate.</summary>
    public Task ToReviewersAsync(Submission submission, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken) =>
        AddAsync(
            db.Assignments.Where(a => a.Role == Role.GovernorateReviewer && (a.OrgUnitCode == null || a.OrgUnitCode == submission.OrgUnitCode)),
            submission,
            kind,
            now,
            cancellationToken);

    private async Task AddAsync(IQueryable<Assignment> assignments, Submission submission, NotificationKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recipients = await assignments
            .Where(a => db.Users.Any(u => u.Id == a.UserId && u.IsActive) && a.UserId != user.UserId)
            .Select(a => a.UserId)
            .Distinct()
            .ToListAsync(cancellationToken);
        foreach (var recipient in recipients)
        {
            db.Notifications.Add(Notification.Create(recipient, kind, submission, user.UserName, now));
        }
    }
}
