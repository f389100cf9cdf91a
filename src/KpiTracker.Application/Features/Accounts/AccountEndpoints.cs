using KpiTracker.Application.Features.Accounts.ChangePassword;
using KpiTracker.Application.Features.Accounts.GetMe;
using KpiTracker.Application.Features.Accounts.RefreshToken;
using KpiTracker.Application.Features.Accounts.SignIn;

namespace KpiTracker.Application.Features.Accounts;

internal static class AccountEndpoints
{
    public const string SignInRateLimit = "sign-in";

    public static void MapAccounts(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Accounts");
        SignInEndpoint.Map(auth);
        RefreshTokenEndpoint.Map(auth);

        var me = api.MapGroup("/me").WithTags("Accounts").RequireAuthorization();
        GetMeEndpoint.Map(me);
        ChangePasswordEndpoint.Map(me);
    }
}
