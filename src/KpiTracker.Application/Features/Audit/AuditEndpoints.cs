using KpiTracker.Application.Common;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KpiTracker.Application.Features.Audit;

internal static class AuditEndpoints
{
    public static void MapAudit(this IEndpointRouteBuilder api)
    {
        var audit = api.MapGroup("/audit").WithTags("Audit").RequireAuthorization();
        audit.MapGet("/", async (string? user, string? entity, string? action, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListAuditQuery(user, entity, action, from, to, page ?? 1, pageSize ?? 50), ct)).ToHttp())
            .WithName("ListAudit")
            .WithSummary("The audit log, newest first; filters: user, entity, action (prefix), from, to; paging: page, pageSize (≤ 500).")
            .Produces<AuditPage>()
            .ProducesValidationProblem();
        audit.MapGet("/verify", async (ISender sender, CancellationToken ct) => (await sender.Send(new VerifyAuditChainQuery(), ct)).ToHttp())
            .WithName("VerifyAuditChain")
            .WithSummary("Walks the hash chain and reports the first broken record, if any.")
            .Produces<AuditChainReport>();
    }
}
