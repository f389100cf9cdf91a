namespace KpiTracker.Application.Features.Audit.ListAudit;

internal static class ListAuditEndpoint
{
    public static void Map(RouteGroupBuilder audit) =>
        audit.MapGet("/", async (string? user, string? entity, string? action, DateTimeOffset? from, DateTimeOffset? to, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListAuditQuery(user, entity, action, from, to, page ?? 1, pageSize ?? 50), ct)).ToHttp())
            .WithName("ListAudit")
            .WithSummary("The audit log, newest first; filters: user, entity, action (prefix), from, to; paging: page, pageSize (≤ 500).")
            .Produces<AuditPage>()
            .ProducesValidationProblem();
}
