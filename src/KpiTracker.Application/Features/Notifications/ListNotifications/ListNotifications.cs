namespace KpiTracker.Application.Features.Notifications.ListNotifications;

/// <summary>The caller's own notifications, newest first, with the number still unread.</summary>
public sealed record ListNotificationsQuery(bool UnreadOnly = false, int Limit = 50) : IQuery<Result<NotificationPage>>, ISelfMessage
{
    public const int MaxLimit = 200;
}

internal sealed class ListNotificationsValidator : AbstractValidator<ListNotificationsQuery>
{
    public ListNotificationsValidator() =>
        RuleFor(q => q.Limit).InclusiveBetween(1, ListNotificationsQuery.MaxLimit)
            .WithErrorCode("paging.size").WithMessage(_ => Messages.Get("paging.size", ListNotificationsQuery.MaxLimit));
}

internal sealed class ListNotificationsHandler(AppDbContext db, ICurrentUser user) : IQueryHandler<ListNotificationsQuery, Result<NotificationPage>>
{
    public async ValueTask<Result<NotificationPage>> Handle(ListNotificationsQuery query, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == user.UserId);
        var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
        var items = await mine.Where(n => !query.UnreadOnly || n.ReadAt == null)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(query.Limit)
            .ToListAsync(cancellationToken);
        return new NotificationPage(unread, await NotificationText.ToDtosAsync(db, items, cancellationToken));
    }
}
