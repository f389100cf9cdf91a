namespace KpiTracker.Application.Features.Accounts;

internal static class AccountEndpoints
{
    public static void MapAccounts(this IEndpointRouteBuilder api)
    {
        api.MapGroup("/auth").WithTags("Accounts").MapSlices(SignIn.SignInEndpoint.Map, RefreshToken.RefreshTokenEndpoint.Map, SignOut.SignOutEndpoint.Map);
        api.MapGroup("/me").WithTags("Accounts").RequireAuthorization()
            .MapSlices(GetMe.GetMeEndpoint.Map, ChangePassword.ChangePasswordEndpoint.Map, SetDigits.SetDigitsEndpoint.Map);
    }
}
