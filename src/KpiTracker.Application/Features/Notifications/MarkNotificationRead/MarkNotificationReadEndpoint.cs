namespace KpiTracker.Application.Features.Notifications.MarkNotificationRead;

internal static class MarkNotificationReadEndpoint
{
    public static void Map(RouteGroupBuilder notifications) =>
        notifications.MapPost("/{id:guid}/read", async (Guid id, ISender sender, CancellationToken ct) =>
                (await sender.Send(new MarkNotificationReadCommand(id), ct)).ToHttp())
            .WithName("MarkNotificationRead")
            .WithSummary("Marks one of the caller's notifications read.")
            .Produces<NotificationDto>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
