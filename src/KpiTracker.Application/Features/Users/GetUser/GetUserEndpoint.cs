namespace KpiTracker.Application.Features.Users.GetUser;

internal static class GetUserEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapGet("/{userName}", async (string userName, ISender sender, CancellationToken ct) => (await sender.Send(new GetUserQuery(userName), ct)).ToHttp())
            .WithName("GetUser").Produces<UserDto>().ProducesProblem(StatusCodes.Status404NotFound);
}
