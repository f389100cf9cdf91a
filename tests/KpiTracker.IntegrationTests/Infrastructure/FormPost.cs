using System.Net;
using System.Text.RegularExpressions;

namespace KpiTracker.IntegrationTests.Infrastructure;

/// <summary>Submits a server-rendered Blazor form the way a browser does: antiforgery token from the page, form-encoded fields.</summary>
public static partial class FormPost
{
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string path, string formName, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, $"No antiforgery token on {path}");
        var body = new List<KeyValuePair<string, string>>(fields)
        {
            new("_handler", formName),
            new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)),
        };
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
