using KpiTracker.Application.Features.Notifications.ListNotifications;
using KpiTracker.Application.Features.Notifications.MarkNotificationRead;

namespace KpiTracker.Application.Features.Notifications;

internal static class NotificationEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();
        ListNotificationsEndpoint.Map(notifications);
        MarkNotificationReadEndpoint.Map(notifications);
    }
}
