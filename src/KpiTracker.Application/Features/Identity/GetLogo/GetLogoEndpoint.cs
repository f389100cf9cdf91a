using Microsoft.Net.Http.Headers;

namespace KpiTracker.Application.Features.Identity.GetLogo;

internal static class GetLogoEndpoint
{
    /// <summary>How long browsers keep the logo: it changes only with the configuration, which a restart applies.</summary>
    public const int CacheSeconds = 24 * 60 * 60;

    // Reviewed: anonymous, because the page header draws the logo on every page, the sign-in page included; it is the ministry's
    // public emblem, read from configuration, and answers 404 when none is configured.
    public static void Map(RouteGroupBuilder identity) =>
        identity.MapGet("/logo", async (HttpContext http, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new GetLogoQuery(), ct);
                if (!result.IsSuccess)
                {
                    return ResultHttp.Problem(result.Error!);
                }

                http.Response.Headers[HeaderNames.CacheControl] = $"public, max-age={CacheSeconds}";
                return TypedResults.File(result.Value.Content.ToArray(), result.Value.ContentType);
            })
            .WithName("GetLogo")
            .WithSummary("The ministry's logo (Kpi:Identity:LogoPath) for the page header; 404 when none is configured.")
            .Produces(StatusCodes.Status200OK, contentType: "image/png")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .AllowAnonymous();
}
