namespace KpiTracker.Application.Features.Users.SetUserActive;

/// <summary>
/// The one body still bound by the framework rather than read through JsonRequest: it is optional (no body, an empty one or
/// JSON null all mean "no reason"), which JsonRequest, made for required bodies, does not express.
/// </summary>
internal static class SetUserActiveEndpoint
{
    public static void Map(RouteGroupBuilder users)
    {
        users.MapPost("/{userName}/deactivate", async (string userName, ReasonRequest? body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SetUserActiveCommand(userName, false, body?.Reason), ct)).ToHttp())
            .WithName("DeactivateUser").WithSummary("Deactivates an account; its sessions and tokens end at once.");
        users.MapPost("/{userName}/activate", async (string userName, ReasonRequest? body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new SetUserActiveCommand(userName, true, body?.Reason), ct)).ToHttp())
            .WithName("ActivateUser");
    }

    internal sealed record ReasonRequest(string? Reason);
}
