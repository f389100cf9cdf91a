using KpiTracker.Application.Features.Notifications.ListNotifications;
using KpiTracker.Application.Features.Notifications.MarkNotificationRead;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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
