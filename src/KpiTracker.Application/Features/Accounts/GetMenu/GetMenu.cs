using System.Globalization;
using KpiTracker.Application.Common.Identity;

namespace KpiTracker.Application.Features.Accounts.GetMenu;

/// <summary>
/// The layout's read for every page: the ministry's identity for the header and, for a signed-in caller, the parts they may reach
/// and their unread notifications (nothing and none for a visitor, who sees the sign-in page).
/// </summary>
public sealed record GetMenuQuery : IQuery<Result<MenuModel>>, IAnonymousMessage;

public sealed record MenuModel(Abilities Can, int Unread, IdentityBlock Identity);

/// <summary>The ministry's name and issuing department in the caller's language, and whether a logo is served at <c>/identity/logo</c>; empty when none is configured.</summary>
public sealed record IdentityBlock(string Name, string Department, bool HasLogo)
{
    public static IdentityBlock None { get; } = new("", "", false);

    public bool IsSet => Name.Length + Department.Length > 0 || HasLogo;
}

internal sealed class GetMenuHandler(AppDbContext db, ICurrentUser user, AccessChecker access, MinistryIdentity identity)
    : IQueryHandler<GetMenuQuery, Result<MenuModel>>
{
    public async ValueTask<Result<MenuModel>> Handle(GetMenuQuery query, CancellationToken cancellationToken)
    {
        var arabic = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        var block = new IdentityBlock(identity.Name(arabic), identity.Department(arabic), identity.Logo is not null);
        if (!user.IsAuthenticated && !user.IsSystem)
        {
            return new MenuModel(Abilities.None, 0, block);
        }

        var unread = await db.Notifications.AsNoTracking().CountAsync(n => n.UserId == user.UserId && n.ReadAt == null, cancellationToken);
        return new MenuModel(await Abilities.ReadAsync(access, cancellationToken), unread, block);
    }
}
