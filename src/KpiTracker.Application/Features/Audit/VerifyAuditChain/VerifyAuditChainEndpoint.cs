namespace KpiTracker.Application.Features.Audit.VerifyAuditChain;

internal static class VerifyAuditChainEndpoint
{
    public static void Map(RouteGroupBuilder audit) =>
        audit.MapGet("/verify", async (ISender sender, CancellationToken ct) => (await sender.Send(new VerifyAuditChainQuery(), ct)).ToHttp())
            .WithName("VerifyAuditChain")
            .WithSummary("Walks the hash chain and reports the first broken record, if any.")
            .Produces<AuditChainReport>();
}
