using KpiTracker.Application.Features.Audit.ListAudit;
using KpiTracker.Application.Features.Audit.VerifyAuditChain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

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
