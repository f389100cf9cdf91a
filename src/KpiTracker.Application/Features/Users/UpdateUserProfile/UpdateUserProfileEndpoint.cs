namespace KpiTracker.Application.Features.Users.UpdateUserProfile;

internal static class UpdateUserProfileEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapPut("/{userName}/profile", async (string userName, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<ProfileRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(new UpdateUserProfileCommand(userName, body!.DisplayName ?? "", body.Email), ct)).ToHttp();
            })
            .WithName("UpdateUserProfile").WithSummary("Changes the user's display name and e-mail address (reminders are mailed there when SMTP is set up).")
            .Accepts<ProfileRequest>("application/json").DisableCookieRedirect()
            .Produces<UserDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);

    internal sealed record ProfileRequest(string? DisplayName, string? Email);
}
