namespace KpiTracker.Application.Features.Accounts.GetMenu;

/// <summary>The signed-in caller's menu: the parts they may reach and their unread notifications.</summary>
public sealed record GetMenuQuery : IQuery<Result<MenuModel>>, ISelfMessage;

public sealed record MenuModel(Abilities Can, int Unread);

internal sealed class GetMenuHandler(AppDbContext db, ICurrentUser user, AccessChecker access) : IQueryHandler<GetMenuQuery, Result<MenuModel>>
{
    public async ValueTask<Result<MenuModel>> Handle(GetMenuQuery query, CancellationToken cancellationToken)
    {
        var unread = await db.Notifications.AsNoTracking().CountAsync(n => n.UserId == user.UserId && n.ReadAt == null, cancellationToken);
        return new MenuModel(await Abilities.ReadAsync(access, cancellationToken), unread);
    }
}
