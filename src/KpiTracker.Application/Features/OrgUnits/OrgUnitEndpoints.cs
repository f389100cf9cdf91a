namespace KpiTracker.Application.Features.OrgUnits;

internal static class OrgUnitEndpoints
{
    public static void MapOrgUnits(this IEndpointRouteBuilder api) => ListOrgUnits.ListOrgUnitsEndpoint.Map(api);
}
