using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace KpiTracker.IntegrationTests.Features.Evidence;

/// <summary>The evidence routes of one item, called as a client would.</summary>
internal static class EvidenceApi
{
    public static string Url(string governorate, string indicator) => $"/api/cycles/{CollectionSetup.Year}/submissions/{governorate}/{indicator}/evidence";

    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string governorate, string indicator, string fileName, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(Url(governorate, indicator), form);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => (await response.Content.ReadFromJsonAsync<JsonElement>())!;

    /// <summary>The stable codes a validation problem gives for one field.</summary>
    public static async Task<IReadOnlyList<string>> FieldCodesAsync(HttpResponseMessage response, string field)
    {
        var problem = await JsonAsync(response);
        return problem.TryGetProperty("fieldCodes", out var codes) && codes.TryGetProperty(field, out var list)
            ? [.. list.EnumerateArray().Select(c => c.GetString()!)]
            : [];
    }

    /// <summary>Every file and folder under the storage folder, relative to it.</summary>
    public static IReadOnlyList<string> Storage(string root) =>
        Directory.Exists(root)
            ? [.. Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(root, p)).Order(StringComparer.Ordinal)]
            : [];
}
