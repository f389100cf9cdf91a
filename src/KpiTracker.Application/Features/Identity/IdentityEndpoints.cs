namespace KpiTracker.Application.Features.Identity;

internal static class IdentityEndpoints
{
    /// <summary>Outside <c>/api</c>: the page header's assets, reached by the browser's image requests.</summary>
    public static void MapIdentity(this IEndpointRouteBuilder app) =>
        app.MapGroup("/identity").WithTags("Identity").MapSlices(GetLogo.GetLogoEndpoint.Map);
}
