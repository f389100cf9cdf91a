using Microsoft.AspNetCore.Http.HttpResults;

namespace KpiTracker.Application.Features.Excel;

/// <summary>How every spreadsheet endpoint hands a file over: an attachment, never sniffed, never cached.</summary>
internal static class SpreadsheetDownload
{
    public static FileContentHttpResult Send(HttpResponse response, SpreadsheetFile file)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }
}
