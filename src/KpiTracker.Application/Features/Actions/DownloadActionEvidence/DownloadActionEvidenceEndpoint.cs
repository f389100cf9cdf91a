namespace KpiTracker.Application.Features.Actions.DownloadActionEvidence;

internal static class DownloadActionEvidenceEndpoint
{
    public static void Map(RouteGroupBuilder actions) =>
        actions.MapGet("/{number:int}/evidence/{id:guid}", async (string governorate, int number, Guid id, HttpResponse response, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DownloadActionEvidenceQuery(governorate, number, id), ct)).ToHttp(file =>
                {
                    // Never rendered by the browser, as a value's evidence: an attachment of the recognised type, sniffing off.
                    response.Headers.XContentTypeOptions = "nosniff";
                    response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
                    response.Headers.CacheControl = "private, no-store";
                    response.Headers["X-Content-SHA256"] = file.Sha256;
                    return TypedResults.File(file.Content, file.ContentType, file.FileName);
                }))
            .WithName("DownloadActionEvidence")
            .WithSummary("Downloads one evidence file of an action as an attachment (Content-Disposition with an RFC 5987 filename*).")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
