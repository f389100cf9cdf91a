namespace KpiTracker.Application.Features.Accounts.GetMe;

internal static class GetMeEndpoint
{
    public static void Map(RouteGroupBuilder me) =>
        me.MapGet("/", async (ISender sender, CancellationToken ct) => (await sender.Send(new GetMeQuery(), ct)).ToHttp())
            .WithName("GetMe")
            .WithSummary("The signed-in user with their roles and scopes.");
}
