using KpiTracker.Application.Common;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Users;

internal static class UserEndpoints
{
    public static void MapUsers(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users").RequireAuthorization();

        users.MapGet("/", async (ISender sender, CancellationToken ct) => (await sender.Send(new ListUsersQuery(), ct)).ToHttp())
            .WithName("ListUsers").WithSummary("Every account with its roles and scopes (administrators, central team).");
        users.MapGet("/{userName}", async (string userName, ISender sender, CancellationToken ct) => (await sender.Send(new GetUserQuery(userName), ct)).ToHttp())
            .WithName("GetUser").Produces<UserDto>().ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPost("/", async (CreateUserCommand body, ISender sender, CancellationToken ct) =>
                (await sender.Send(body, ct)).ToHttp(u => TypedResults.Created($"/api/users/{u.UserName}", u)))
            .WithName("CreateUser").WithSummary("Creates an account with its roles and scopes.").Produces<UserDto>(StatusCodes.Status201Created).ProducesValidationProblem();
        users.MapPost("/{userName}/deactivate", async (string userName, ReasonRequest? body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SetUserActiveCommand(userName, false, body?.Reason), ct)).ToHttp())
            .WithName("DeactivateUser").WithSummary("Deactivates an account; its sessions and tokens end at once.");
        users.MapPost("/{userName}/activate", async (string userName, ReasonRequest? body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SetUserActiveCommand(userName, true, body?.Reason), ct)).ToHttp())
            .WithName("ActivateUser");
        users.MapPost("/{userName}/reset-password", async (string userName, PasswordRequest body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ResetPasswordCommand(userName, body.NewPassword ?? ""), ct)).ToHttp())
            .WithName("ResetPassword").WithSummary("Sets a new password; the user's sessions and tokens end.").ProducesValidationProblem();
        users.MapPut("/{userName}/profile", async (string userName, ProfileRequest body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new UpdateUserProfileCommand(userName, body.DisplayName ?? "", body.Email), ct)).ToHttp())
            .WithName("UpdateUserProfile").WithSummary("Changes the user's display name and e-mail address (reminders are mailed there when SMTP is set up).")
            .Produces<UserDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        users.MapPut("/{userName}/assignments", async (string userName, List<AssignmentDto> body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SetAssignmentsCommand(userName, body), ct)).ToHttp())
            .WithName("SetAssignments").WithSummary("Replaces the user's roles and scopes; their sessions and tokens end.").ProducesValidationProblem();
    }

    internal sealed record ReasonRequest(string? Reason);

    internal sealed record PasswordRequest(string? NewPassword);

    internal sealed record ProfileRequest(string? DisplayName, string? Email);
}
