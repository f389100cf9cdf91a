namespace KpiTracker.Application.Features.Audit.ExportAuditHead;

internal static class ExportAuditHeadEndpoint
{
    public static void Map(RouteGroupBuilder audit) =>
        audit.MapPost("/head-export", async (ISender sender, CancellationToken ct) => (await sender.Send(new ExportAuditHeadCommand(), ct)).ToHttp())
            .WithName("ExportAuditHead")
            .WithSummary("Verifies from the last export and appends the chain's head (sequence, hash, outcome, MAC) to the export file.")
            .Produces<AuditHeadExported>();
}
