using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Notifications.ListNotifications;
using KpiTracker.Application.Features.Notifications.MarkNotificationRead;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Notifications;

internal static class NotificationEndpoints
{
    public static void MapNotifications(this IEndpointRouteBuilder api)
    {
        var notifications = api.MapGroup("/notifications").WithTags("Notifications").RequireAuthorization();

        notifications.MapGet("/", async (bool? unreadOnly, int? limit, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListNotificationsQuery(unreadOnly ?? false, limit ?? 50), ct)).ToHttp())
            .WithName("ListNotifications")
            .WithSummary("The caller's notifications, newest first (limit ≤ 200), with the unread count.")
            .Produces<NotificationPage>();

        notifications.MapPost("/{id:guid}/read", async (Guid id, ISender sender, CancellationToken ct) =>
                (await sender.Send(new MarkNotificationReadCommand(id), ct)).ToHttp())
            .WithName("MarkNotificationRead")
            .WithSummary("Marks one of the caller's notifications read.")
            .Produces<NotificationDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
