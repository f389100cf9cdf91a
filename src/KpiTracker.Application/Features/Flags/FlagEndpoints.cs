namespace KpiTracker.Application.Features.Flags;

internal static class FlagEndpoints
{
    public static void MapFlags(this IEndpointRouteBuilder api) =>
        api.MapGroup("/cycles/{year:int}").WithTags("Outlier flags").RequireAuthorization()
            .MapSlices(ListFlags.ListFlagsEndpoint.Map, ScanOutliers.ScanOutliersEndpoint.Map, ConfirmFlag.ConfirmFlagEndpoint.Map);
}
