using KpiTracker.Application.Features.Frameworks.EditDraft;
using KpiTracker.Application.Features.Frameworks.GetEdition;
using KpiTracker.Application.Features.Frameworks.ImportFramework;
using KpiTracker.Application.Features.Frameworks.ListEditions;

namespace KpiTracker.Application.Features.Frameworks;

internal static class FrameworkEndpoints
{
    public static void MapFrameworks(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/frameworks").WithTags("Frameworks").RequireAuthorization();
        ListEditionsEndpoint.Map(group);
        GetEditionEndpoint.Map(group);
        ImportFrameworkEndpoint.Map(group);
        EditDraftEndpoint.Map(group);
    }
}
