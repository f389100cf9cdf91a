using System.Net;
using System.Text.RegularExpressions;
using System.Text.Json;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiTracker.IntegrationTests.Host;

public sealed partial class HostTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_fails_when_PostgreSQL_is_unreachable_but_live_does_not()
    {
        // Port 1 on loopback: nothing listens there, so the database check fails at once.
        await using var factory = new KpiAppFactory("Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=2");
        using var client = factory.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api_routes()
    {
        using var document = JsonDocument.Parse(await Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/frameworks", paths);
        Assert.Contains("/api/frameworks/current", paths);
        Assert.Contains("/api/frameworks/{code}", paths);
        Assert.Contains("/api/org-units", paths);
    }

    [Fact]
    public async Task Scalar_serves_the_api_reference()
    {
        using var response = await Client.GetAsync(new Uri("/scalar/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_route_is_a_problem_document()
    {
        using var response = await Client.GetAsync(new Uri("/api/no-such-thing", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_unknown_page_shows_the_not_found_page_in_the_users_language()
    {
        using var client = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        using var arabic = await client.GetAsync(new Uri("/no-such-page", UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-page");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        using var english = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, arabic.StatusCode);
        Assert.Contains("الصفحة غير موجودة", await arabic.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        Assert.Contains("Page not found", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
    [Fact]
    public async Task An_unknown_page_keeps_the_signed_in_users_identity_menu_and_unread_count()
    {
        var home = await Client.GetStringAsync(new Uri("/home", UriKind.Relative));

        using var response = await Client.GetAsync(new Uri("/no-such-page", UriKind.Relative));
        var missing = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("id=\"identity-name\"", missing, StringComparison.Ordinal);
        Assert.Contains("id=\"menu-cycles\"", missing, StringComparison.Ordinal);
        Assert.Equal(Menu().Match(home).Value, Menu().Match(missing).Value);
        Assert.Equal(Unread().Match(home).Groups[1].Value, Unread().Match(missing).Groups[1].Value);
        Assert.Matches(Unread(), missing);
        // The language switch comes back to the address asked for, not to the error page's own.
        Assert.Contains("returnUrl=%2Fno-such-page", missing, StringComparison.Ordinal);
    }

    [GeneratedRegex("<nav aria-label=\"[^\"]+\" class=\"menu\">.*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Menu();

    [GeneratedRegex("id=\"unread-count\"[^>]*>([^<]*)<")]
    private static partial Regex Unread();
}
