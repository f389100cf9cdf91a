namespace KpiTracker.Application.Features.Notifications.MarkNotificationRead;

/// <summary>Marks one of the caller's notifications read (again is harmless); someone else's does not exist for them.</summary>
public sealed record MarkNotificationReadCommand(Guid Id) : ICommand<Result<NotificationDto>>, ISelfMessage;

internal sealed class MarkNotificationReadHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<MarkNotificationReadCommand, Result<NotificationDto>>
{
    public async ValueTask<Result<NotificationDto>> Handle(MarkNotificationReadCommand command, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == command.Id && n.UserId == user.UserId, cancellationToken);
        if (notification is null)
        {
            return AppError.NotFound("notification.not_found");
        }

        notification.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return (await NotificationText.ToDtosAsync(db, [notification], cancellationToken))[0];
    }
}
