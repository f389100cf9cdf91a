using System.Net;
using System.Text.RegularExpressions;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiTracker.IntegrationTests.Security;

/// <summary>A browser signed in through the sign-in page: it keeps its cookies as a browser does, sliding renewals included.</summary>
public sealed partial class CookieBrowser : IDisposable
{
    /// <summary>This test host's own origin, as a browser on its pages sends it.</summary>
    public const string OwnOrigin = "http://localhost";

    private CookieBrowser(HttpClient client, string authCookie)
    {
        Client = client;
        AuthCookie = authCookie;
    }

    public HttpClient Client { get; }

    /// <summary>The sign-in cookie as issued (<c>kpi.auth=…</c>), for a test that copies it elsewhere.</summary>
    public string AuthCookie { get; }

    public static async Task<CookieBrowser> SignInAsync(DatabaseFixture fixture, string userName)
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var response = await FormPost.SubmitAsync(client, "/account/sign-in", "sign-in", [new("Input.UserName", userName), new("Input.Password", TestUsers.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("kpi.auth=", StringComparison.Ordinal));
        return new CookieBrowser(client, cookie);
    }

    /// <summary>Presses the menu's sign-out button on the home page, optionally as a page of another origin would post it.</summary>
    public async Task<HttpResponseMessage> SignOutAsync(string? origin = null, bool withToken = true)
    {
        var page = await Client.GetStringAsync(new Uri("/home", UriKind.Relative));
        var token = TokenPattern().Match(page);
        Assert.True(token.Success, "No antiforgery token on /home");
        var fields = new List<KeyValuePair<string, string>>();
        if (withToken)
        {
            fields.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-out") { Content = new FormUrlEncodedContent(fields) };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>True when the home page still opens as a signed-in user (false: sent to the sign-in page).</summary>
    public async Task<bool> IsSignedInAsync()
    {
        using var home = await Client.GetAsync(new Uri("/home", UriKind.Relative));
        return home.StatusCode == HttpStatusCode.OK;
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
