namespace KpiTracker.Application.Features.Notifications;

internal static class NotificationEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder api) =>
        api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization()
            .MapSlices(ListNotifications.ListNotificationsEndpoint.Map, MarkNotificationRead.MarkNotificationReadEndpoint.Map);
}
