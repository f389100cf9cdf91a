namespace KpiTracker.Application.Features.Evidence.DownloadEvidence;

internal static class DownloadEvidenceEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/{id:guid}", async (int year, string governorate, string indicator, Guid id, HttpResponse response, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DownloadEvidenceQuery(year, governorate, indicator, id), ct)).ToHttp(file =>
                {
                    // Never rendered by the browser: an attachment, of the type recognised at upload, with sniffing off.
                    response.Headers.XContentTypeOptions = "nosniff";
                    response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
                    response.Headers.CacheControl = "private, no-store";
                    response.Headers["X-Content-SHA256"] = file.Sha256;
                    return TypedResults.File(file.Content, file.ContentType, file.FileName);
                }))
            .WithName("DownloadEvidence")
            .WithSummary("Downloads one evidence file as an attachment (Content-Disposition with an RFC 5987 filename*).")
            .Produces(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
