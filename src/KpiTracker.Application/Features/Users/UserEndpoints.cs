using KpiTracker.Application.Features.Users.CreateUser;
using KpiTracker.Application.Features.Users.GetUser;
using KpiTracker.Application.Features.Users.ListUsers;
using KpiTracker.Application.Features.Users.ResetPassword;
using KpiTracker.Application.Features.Users.SetAssignments;
using KpiTracker.Application.Features.Users.SetUserActive;
using KpiTracker.Application.Features.Users.UpdateUserProfile;

namespace KpiTracker.Application.Features.Users;

internal static class UserEndpoints
{
    public static void MapUsers(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users").RequireAuthorization();
        ListUsersEndpoint.Map(users);
        GetUserEndpoint.Map(users);
        CreateUserEndpoint.Map(users);
        SetUserActiveEndpoint.Map(users);
        ResetPasswordEndpoint.Map(users);
        UpdateUserProfileEndpoint.Map(users);
        SetAssignmentsEndpoint.Map(users);
    }
}
