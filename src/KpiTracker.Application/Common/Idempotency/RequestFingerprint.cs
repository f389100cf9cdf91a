using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Common.Idempotency;

/// <summary>The SHA-256 fingerprint <see cref="IdempotencyFilter"/> compares a repeated request by.</summary>
internal static class RequestFingerprint
{
    /// <summary>
    /// What makes two requests the same: the route, the version the write is based on, the content type, and the body. An
    /// endpoint that reads its own body gets it buffered and hashed here first; for one whose body was bound to parameters
    /// (a JSON record, an uploaded file) those parameters are hashed instead.
    /// </summary>
    public static async Task<string> HashAsync(EndpointFilterInvocationContext context, string route)
    {
        var request = context.HttpContext.Request;
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // The media type without its parameters: a multipart boundary differs on every send of the same form.
        var mediaType = Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        sha.AppendData(Encoding.UTF8.GetBytes(route + "\n" + request.Headers.IfMatch.ToString() + "\n" + mediaType + "\n"));
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        foreach (var argument in context.Arguments)
        {
            switch (argument)
            {
                case HttpRequest:
                    request.EnableBuffering();
                    await AppendAsync(sha, request.Body);
                    request.Body.Position = 0;
                    break;
                case IFormFile or Files.Upload { File: not null }:
                    var file = argument as IFormFile ?? ((Files.Upload)argument).File!;
                    sha.AppendData(Encoding.UTF8.GetBytes($"file:{file.Name}:{file.FileName}:{file.Length}\n"));
                    await using (var content = file.OpenReadStream())
                    {
                        await AppendAsync(sha, content);
                    }

                    break;
                case null or HttpContext or HttpResponse or CancellationToken or IServiceProvider:
                    break;
                case var bound when bound.GetType().Namespace?.StartsWith("KpiTracker", StringComparison.Ordinal) == true || bound is string || bound.GetType().IsPrimitive:
                    sha.AppendData(JsonSerializer.SerializeToUtf8Bytes(bound, bound.GetType(), options));
                    break;
            }
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static async Task AppendAsync(IncrementalHash sha, Stream stream)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }
    }
}
