using KpiTracker.Application.Features.Flags.ConfirmFlag;
using KpiTracker.Application.Features.Flags.ListFlags;
using KpiTracker.Application.Features.Flags.ScanOutliers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Flags;

internal static class FlagEndpoints
{
    public static void MapFlags(this IEndpointRouteBuilder api)
    {
        var flags = api.MapGroup("/cycles/{year:int}").WithTags("Outlier flags").RequireAuthorization();
        ListFlagsEndpoint.Map(flags);
        ScanOutliersEndpoint.Map(flags);
        ConfirmFlagEndpoint.Map(flags);
    }
}
