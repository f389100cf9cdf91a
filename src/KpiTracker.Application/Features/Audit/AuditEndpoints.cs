using KpiTracker.Application.Features.Audit.ListAudit;
using KpiTracker.Application.Features.Audit.VerifyAuditChain;

namespace KpiTracker.Application.Features.Audit;

internal static class AuditEndpoints
{
    public static void MapAudit(this IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization();
        ListAuditEndpoint.Map(audit);
        VerifyAuditChainEndpoint.Map(audit);
    }
}
