namespace KpiTracker.Application.Features.Users.ListUsers;

internal static class ListUsersEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapGet("/", async (ISender sender, CancellationToken ct) => (await sender.Send(new ListUsersQuery(), ct)).ToHttp())
            .WithName("ListUsers").WithSummary("Every account with its roles and scopes (administrators, central team).");
}
