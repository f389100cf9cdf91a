namespace KpiTracker.Application.Features.Users.CreateUser;

internal static class CreateUserEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapPost("/", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<CreateUserCommand>(request, ct);
                return error is not null ? ResultHttp.Problem(error) : (await sender.Send(body!, ct)).ToHttp(u => TypedResults.Created($"/api/users/{u.UserName}", u));
            })
            .WithName("CreateUser").WithSummary("Creates an account with its roles and scopes.").Accepts<CreateUserCommand>("application/json").DisableCookieRedirect()
            .Produces<UserDto>(StatusCodes.Status201Created).ProducesValidationProblem();
}
