using KpiTracker.Application.Features.Flags.ConfirmFlag;
using KpiTracker.Application.Features.Flags.ListFlags;
using KpiTracker.Application.Features.Flags.ScanOutliers;

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
