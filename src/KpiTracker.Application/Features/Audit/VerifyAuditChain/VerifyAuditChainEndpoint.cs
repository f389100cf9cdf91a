namespace KpiTracker.Application.Features.Audit.VerifyAuditChain;

internal static class VerifyAuditChainEndpoint
{
    public static void Map(RouteGroupBuilder audit) =>
        audit.MapGet("/verify", async (string? from, ISender sender, CancellationToken ct) => (await sender.Send(new VerifyAuditChainQuery(from), ct)).ToHttp())
            .WithName("VerifyAuditChain")
            .WithSummary("Checks the chain (hashes, links, MACs, times, the last head export) and names the first failed check; from=last-export starts at the last intact export.")
            .Produces<AuditChainReport>();
}
