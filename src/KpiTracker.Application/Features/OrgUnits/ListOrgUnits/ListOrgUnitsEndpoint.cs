namespace KpiTracker.Application.Features.OrgUnits.ListOrgUnits;

internal static class ListOrgUnitsEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapGet("/org-units", async (ISender sender, CancellationToken ct) => (await sender.Send(new ListOrgUnitsQuery(), ct)).ToHttp())
            .WithTags("Organisation")
            .WithName("ListOrgUnits")
            .WithSummary("The organisation units as a hierarchy: the country and its governorates, by ISO 3166-2 code.")
            .RequireAuthorization();
}
