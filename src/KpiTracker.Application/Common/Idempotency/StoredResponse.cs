namespace KpiTracker.Application.Common.Idempotency;

/// <summary>An answer as stored under an idempotency key, and sent again (marked replayed) to a repeat of its request.</summary>
internal sealed record StoredResponse(int Status, string? ContentType, string? ETag, string? Location, byte[] Body, bool Replayed) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        response.ContentType = ContentType;
        if (ETag is not null)
        {
            response.Headers.ETag = ETag;
        }

        if (Location is not null)
        {
            response.Headers.Location = Location;
        }

        if (Replayed)
        {
            response.Headers[IdempotencyFilter.ReplayedHeader] = "true";
        }

        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body);
    }

    /// <summary>Runs the endpoint's answer into a buffer, so it can be stored as well as sent.</summary>
    public static async Task<StoredResponse> CaptureAsync(HttpContext http, IResult answer)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await answer.ExecuteAsync(http);
        }
        finally
        {
            http.Response.Body = original;
        }

        var etag = http.Response.Headers.ETag.ToString();
        var location = http.Response.Headers.Location.ToString();
        return new StoredResponse(
            http.Response.StatusCode, http.Response.ContentType, etag.Length == 0 ? null : etag, location.Length == 0 ? null : location, buffer.ToArray(), Replayed: false);
    }
}
