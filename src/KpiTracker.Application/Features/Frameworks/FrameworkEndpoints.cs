namespace KpiTracker.Application.Features.Frameworks;

internal static class FrameworkEndpoints
{
    public static void MapFrameworks(this IEndpointRouteBuilder api) =>
        api.MapGroup("/frameworks").WithTags("Frameworks").RequireAuthorization().MapSlices(
            ListEditions.ListEditionsEndpoint.Map, GetEdition.GetEditionEndpoint.Map,
            ImportFramework.ImportFrameworkEndpoint.Map, EditDraft.EditDraftEndpoint.Map);
}
