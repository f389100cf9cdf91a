using KpiTracker.Application.Features.OrgUnits.ListOrgUnits;

namespace KpiTracker.Application.Features.OrgUnits;

internal static class OrgUnitEndpoints
{
    public static void MapOrgUnits(this IEndpointRouteBuilder api) => ListOrgUnitsEndpoint.Map(api);
}
