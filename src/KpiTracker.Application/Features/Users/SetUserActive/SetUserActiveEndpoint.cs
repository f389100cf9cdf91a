using KpiTracker.Application.Common;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Users.SetUserActive;

/// <summary>
/// The one body still bound by the framework rather than read through JsonRequest: it is optional (no body, an empty one or
/// JSON null all mean "no reason"), which JsonRequest, made for required bodies, does not express.
/// </summary>
internal static class SetUserActiveEndpoint
{
    public static void Map(RouteGroupBuilder users)
    {
        users.MapPost("/{userName}/deactivate", (string userName, HttpRequest request, ISender sender, CancellationToken ct) => SetAsync(userName, false, request, sender, ct))
            .WithName("DeactivateUser").WithSummary("Deactivates an account; its sessions and tokens end at once.").Accepts<ReasonRequest>(isOptional: true, "application/json");
        users.MapPost("/{userName}/activate", (string userName, HttpRequest request, ISender sender, CancellationToken ct) => SetAsync(userName, true, request, sender, ct))
            .WithName("ActivateUser").Accepts<ReasonRequest>(isOptional: true, "application/json");
    }

    /// <summary>The reason is optional: a request without a body carries none.</summary>
    private static async Task<IResult> SetAsync(string userName, bool active, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var (body, error) = request.ContentLength == 0 || (request.ContentLength is null && request.ContentType is null)
            ? (null, null)
            : await JsonRequest.ReadAsync<ReasonRequest>(request, ct);
        return error is not null ? ResultHttp.Problem(error) : (await sender.Send(new SetUserActiveCommand(userName, active, body?.Reason), ct)).ToHttp();
    }

    internal sealed record ReasonRequest(string? Reason);
}
