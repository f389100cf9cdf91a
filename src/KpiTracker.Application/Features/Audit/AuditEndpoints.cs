namespace KpiTracker.Application.Features.Audit;

internal static class AuditEndpoints
{
    public static void MapAudit(this IEndpointRouteBuilder api) =>
        api.MapGroup("/audit").WithTags("Audit").RequireAuthorization()
            .MapSlices(ListAudit.ListAuditEndpoint.Map, VerifyAuditChain.VerifyAuditChainEndpoint.Map, ExportAuditHead.ExportAuditHeadEndpoint.Map);
}
