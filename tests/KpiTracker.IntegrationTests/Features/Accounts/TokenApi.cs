using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>What <c>/api/auth/token</c> and <c>/api/auth/refresh</c> answer.</summary>
internal sealed record Tokens(string Access, string Refresh, long ExpiresIn)
{
    public static async Task<Tokens> ReadAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return new(body.GetProperty("accessToken").GetString()!, body.GetProperty("refreshToken").GetString()!, body.GetProperty("expiresIn").GetInt64());
    }
}

/// <summary>The token endpoints called as an API client would.</summary>
internal static class TokenApi
{
    public static async Task<Tokens> SignInAsync(HttpClient anonymous, string userName)
    {
        using var response = await anonymous.PostAsJsonAsync("/api/auth/token", new { userName, password = TestUsers.Password });
        return await Tokens.ReadAsync(response);
    }

    public static Task<HttpResponseMessage> RefreshAsync(HttpClient anonymous, string refreshToken) =>
        anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

    /// <summary>A client sending <paramref name="accessToken"/> under <paramref name="scheme"/>.</summary>
    public static HttpClient Client(DatabaseFixture fixture, string accessToken, string scheme = "Bearer")
    {
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(scheme, accessToken);
        return client;
    }

    public static async Task<HttpStatusCode> MeAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/me", UriKind.Relative));
        return response.StatusCode;
    }
}
