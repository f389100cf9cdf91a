namespace KpiTracker.Application.Features.Notifications.ListNotifications;

internal static class ListNotificationsEndpoint
{
    public static void Map(RouteGroupBuilder notifications) =>
        notifications.MapGet("/", async (bool? unreadOnly, int? limit, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListNotificationsQuery(unreadOnly ?? false, limit ?? 50), ct)).ToHttp())
            .WithName("ListNotifications")
            .WithSummary("The caller's notifications, newest first (limit ≤ 200), with the unread count.")
            .Produces<NotificationPage>();
}
