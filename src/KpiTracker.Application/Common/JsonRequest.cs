using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Common;

/// <summary>
/// Reads a JSON request body into a request record with field-level answers: 415 for a body that is not JSON, 400 naming
/// the field whose JSON type is wrong, 400 on the body for empty, malformed or oversized input. Endpoints that take
/// free-form values read their body through this rather than through parameter binding, whose failures name no field.
/// </summary>
public static class JsonRequest
{
    public const int MaxBytes = 256 * 1024;

    public static async Task<(T? Body, AppError? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            var message = Messages.Get("content_type.unsupported");
            return (null, new AppError(ErrorKind.UnsupportedMediaType, "content_type.unsupported", message, [new FieldError("Content-Type", "content_type.unsupported", message)]));
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            return (null, Body("body.too_large", MaxBytes / 1024));
        }

        if (buffer.Length == 0)
        {
            return (null, Body("body.empty"));
        }

        try
        {
            using var document = JsonDocument.Parse(buffer.ToArray());
            // A list (the assignments of a user) is sent as a JSON array; every other request as an object.
            var list = typeof(T) != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(typeof(T));
            if (document.RootElement.ValueKind != (list ? JsonValueKind.Array : JsonValueKind.Object))
            {
                return (null, Body(list ? "type.array" : "type.object"));
            }
        }
        catch (JsonException e)
        {
            return (null, Body("body.invalid_json", (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1));
        }

        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var body = JsonSerializer.Deserialize<T>(buffer.ToArray(), options);
            return body is null ? (null, Body("body.empty")) : (body, null);
        }
        catch (JsonException e)
        {
            var field = FieldOf(e.Path);
            return (null, AppError.Validation([new FieldError(field, "body.field_type", Messages.Get("body.field_type"))]));
        }
    }

    private static AppError Body(string code, params object[] args) => AppError.Validation([new FieldError("body", code, Messages.Get(code, args))]);

    /// <summary>"$.calendar.opens" → "calendar.opens"; "$['x']" → "x".</summary>
    private static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Replace("['", ".", StringComparison.Ordinal).Replace("']", "", StringComparison.Ordinal).TrimStart('.');
    }
}
