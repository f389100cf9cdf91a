namespace KpiTracker.Application.Features.Reports;

/// <summary>How the PDF endpoints answer: the tag always; the file as an attachment, or 304 when the caller's copy is current.</summary>
internal static class PdfDownload
{
    public const string PdfType = "application/pdf";

    /// <summary>Cached privately: it is scoped data.</summary>
    public static IResult Send(PdfFile file, HttpResponse response)
    {
        response.Headers.ETag = ReportTags.Header(file.ETag);
        response.Headers.CacheControl = "private, no-cache";
        response.Headers.XContentTypeOptions = "nosniff";
        return file.NotModified
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.PhysicalFile(file.Path!, PdfType, file.FileName);
    }
}
