namespace KpiTracker.Application.Features.Users;

internal static class UserEndpoints
{
    public static void MapUsers(this IEndpointRouteBuilder api) =>
        api.MapGroup("/users").WithTags("Users").RequireAuthorization().MapSlices(
            ListUsers.ListUsersEndpoint.Map, GetUser.GetUserEndpoint.Map, CreateUser.CreateUserEndpoint.Map,
            SetUserActive.SetUserActiveEndpoint.Map, ResetPassword.ResetPasswordEndpoint.Map,
            UpdateUserProfile.UpdateUserProfileEndpoint.Map, SetAssignments.SetAssignmentsEndpoint.Map);
}
