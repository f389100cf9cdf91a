using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Application.Common.Idempotency;

/// <summary>
/// Makes every POST under <c>/api/cycles</c> safe to retry (applied once to the whole API, so no area can forget it).
/// With an <c>Idempotency-Key</c> header, the first request under that key (per user) is handled and its answer stored; a
/// repeat with the same route, <c>If-Match</c> and body gets that stored answer again (status, body, ETag, Location,
/// and <c>Idempotency-Replayed: true</c>) without running anything; a repeat with anything else gets 422; a repeat while the
/// first is still running gets 409. Server errors are not stored, so they can be retried. Keys live for
/// <see cref="Retention"/>. Without the header a POST runs as usual.
/// </summary>
public sealed class IdempotencyFilter : IEndpointFilter
{
    public const string Header = "Idempotency-Key";
    public const string Scope = "/api/cycles";
    public const string ReplayedHeader = "Idempotency-Replayed";
    public const int MaxKeyLength = 200;
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Path.StartsWithSegments(Scope) || !http.Request.Headers.TryGetValue(Header, out var values))
        {
            return await next(context);
        }

        var services = http.RequestServices;
        if (services.GetRequiredService<ICurrentUser>().UserId is not { } userId)
        {
            return await next(context);
        }

        var key = values.ToString();
        if (key.Length is 0 or > MaxKeyLength || values.Count != 1 || key.Any(c => c is < '!' or > '~'))
        {
            return ResultHttp.Problem(AppError.Validation([new FieldError(Header, "idempotency.key.invalid", Messages.Get("idempotency.key.invalid", MaxKeyLength))]));
        }

        var db = services.GetRequiredService<AppDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var route = $"{http.Request.Method} {http.Request.Path}{http.Request.QueryString}";
        var hash = await RequestFingerprint.HashAsync(context, route);
        var expired = now - Retention;
        await db.Database.ExecuteSqlAsync($"DELETE FROM idempotency_keys WHERE user_id = {userId} AND key = {key} AND created_at < {expired}");
        var claimed = await db.Database.ExecuteSqlAsync(
            $"INSERT INTO idempotency_keys (user_id, key, route, request_hash, created_at) VALUES ({userId}, {key}, {route}, {hash}, {now}) ON CONFLICT (user_id, key) DO NOTHING");
        if (claimed == 0)
        {
            var first = await db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key);
            return first switch
            {
                null => ResultHttp.Problem(AppError.Conflict("idempotency.in_progress")),
                _ when first.Route != route || first.RequestHash != hash =>
                    ResultHttp.Problem(new AppError(ErrorKind.Unprocessable, "idempotency.mismatch", Messages.Get("idempotency.mismatch"), [])),
                { ResponseStatus: null } => ResultHttp.Problem(AppError.Conflict("idempotency.in_progress")),
                _ => new StoredResponse(first.ResponseStatus.Value, first.ResponseContentType, first.ResponseETag, first.ResponseLocation, first.ResponseBody ?? [], Replayed: true),
            };
        }

        try
        {
            var result = await next(context);
            if (result is not IResult answer)
            {
                await ForgetAsync(db, userId, key);
                return result;
            }

            var stored = await StoredResponse.CaptureAsync(http, answer);
            if (stored.Status >= StatusCodes.Status500InternalServerError)
            {
                await ForgetAsync(db, userId, key);
            }
            else
            {
                var completed = services.GetRequiredService<TimeProvider>().GetUtcNow();
                await db.Database.ExecuteSqlAsync(
                    $"UPDATE idempotency_keys SET response_status = {stored.Status}, response_content_type = {stored.ContentType}, response_e_tag = {stored.ETag}, response_location = {stored.Location}, response_body = {stored.Body}, completed_at = {completed} WHERE user_id = {userId} AND key = {key}");
            }

            return stored;
        }
        catch
        {
            await ForgetAsync(db, userId, key);
            throw;
        }
    }

    private static Task<int> ForgetAsync(AppDbContext db, Guid userId, string key) =>
        db.Database.ExecuteSqlAsync($"DELETE FROM idempotency_keys WHERE user_id = {userId} AND key = {key}");
}
