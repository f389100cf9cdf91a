namespace KpiTracker.Application.Features.Frameworks;

internal static class FrameworkEndpoints
{
    public static void MapFrameworks(this IEndpointRouteBuilder api) =>
        api.MapGroup("/frameworks").WithTags("Frameworks").RequireAuthorization().MapSlices(
            ListEditions.ListEditionsEndpoint.Map, GetEdition.GetEditionEndpoint.Map, ImportFramework.ImportFrameworkEndpoint.Map,
            CloneEdition.CloneEditionEndpoint.Map, UpdateCriterion.UpdateCriterionEndpoint.Map, UpdateIndicator.UpdateIndicatorEndpoint.Map,
            PublishEdition.PublishEditionEndpoint.Map);
}
