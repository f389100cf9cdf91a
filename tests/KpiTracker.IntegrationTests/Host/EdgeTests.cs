using System.Net;
using System.Net.Http.Json;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Host;

/// <summary>
/// The host at the edge of the network: only configured host names are served, every answer carries the security headers, and
/// behind the documented reverse proxy the client's address and scheme are the forwarded ones, but only from a named proxy.
/// </summary>
public sealed class EdgeTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string PublicHost = "kpi.example.om";

    [Fact]
    public async Task A_request_for_an_unknown_host_name_is_refused()
    {
        using var evil = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        evil.Headers.Host = "evil.example";
        using var refused = await Anonymous.SendAsync(evil);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        using var known = await Anonymous.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
    }

    [Fact]
    public async Task Pages_and_the_api_carry_the_security_headers_and_signed_in_json_is_not_stored()
    {
        using var page = await Anonymous.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        using var json = await Client.GetAsync(new Uri("/api/me", UriKind.Relative));
        using var anonymousJson = await Anonymous.GetAsync(new Uri("/api/me", UriKind.Relative));

        foreach (var answer in new[] { page, json, anonymousJson })
        {
            var policy = string.Join(";", answer.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(answer.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("same-origin", Assert.Single(answer.Headers.GetValues("Referrer-Policy")));
        }

        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        Assert.True(json.Headers.CacheControl?.NoStore, "signed-in JSON must not be stored");
    }

    [Fact]
    public async Task Behind_a_named_proxy_the_forwarded_client_and_scheme_count_and_from_anywhere_else_they_do_not()
    {
        var proxied = await SignInThroughAsync(knownProxy: "127.0.0.1", userName: "central.proxied");
        Assert.Equal("203.0.113.7", proxied.Address);
        Assert.True(proxied.Hsts, "HTTPS as the proxy saw it: the browser is told to keep to HTTPS");
        Assert.False(proxied.ServerHeader, "the answer does not name its server");

        var direct = await SignInThroughAsync(knownProxy: null, userName: "central.direct");
        Assert.Equal("127.0.0.1", direct.Address);
        Assert.False(direct.Hsts, "a plain-HTTP request that no trusted proxy vouches for is not HTTPS");
    }

    [Fact]
    public async Task Outside_development_the_sign_in_cookie_is_secure()
    {
        await using var production = new KpiAppFactory(Fixture.ConnectionString, Fixture.OwnerConnectionString, settings: new Dictionary<string, string>
        {
            ["environment"] = "Production",
            ["AllowedHosts"] = PublicHost,
        });
        await Fixture.Users.CreateAsync("viewer.secure", (Domain.Access.Role.Viewer, null, null));
        using var browser = production.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{PublicHost}"), AllowAutoRedirect = false });

        using var signedIn = await FormPost.SubmitAsync(browser, "/account/sign-in", "sign-in", [new("Input.UserName", "viewer.secure"), new("Input.Password", TestUsers.Password)]);

        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kpi.auth=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("; httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_body_over_the_servers_limit_is_a_413_with_a_code_in_the_callers_language()
    {
        await using var host = new KpiAppFactory(Fixture.ConnectionString, Fixture.OwnerConnectionString);
        var address = new Uri(Listen(host));

        // Announced, not sent: the server refuses on the declared length before a byte of the body travels, as it would for a
        // client that streams 31 MB (which would only be cut off mid-way).
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        var head = $"POST /api/cycles HTTP/1.1\r\nHost: localhost\r\nAuthorization: {Client.DefaultRequestHeaders.Authorization}\r\n" +
            $"Content-Type: application/json\r\nAccept-Language: ar\r\nContent-Length: {31 * 1024 * 1024}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        var answer = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.StartsWith("HTTP/1.1 413", answer, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"body.too_large_request\"", answer, StringComparison.Ordinal);
        Assert.Matches(@"\p{IsArabic}", answer);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Cycles.CountAsync()));
    }

    /// <summary>Starts the host on a real socket (Kestrel enforces the body limit and sees a real peer address); its base address.</summary>
    private static string Listen(KpiAppFactory host)
    {
        host.UseKestrel(0);
        host.StartServer();
        return host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal);
    }

    /// <summary>Signs in with a token over a real socket from 127.0.0.1, as a proxy would forward it; returns what the host made of it.</summary>
    private async Task<(string? Address, bool Hsts, bool ServerHeader)> SignInThroughAsync(string? knownProxy, string userName)
    {
        var settings = new Dictionary<string, string> { ["environment"] = "Production", ["AllowedHosts"] = PublicHost };
        if (knownProxy is not null)
        {
            settings["Kpi:Proxy:KnownProxies:0"] = knownProxy;
        }

        await using var host = new KpiAppFactory(Fixture.ConnectionString, Fixture.OwnerConnectionString, settings: settings);
        var address = Listen(host);
        await Fixture.Users.CreateAsync(userName, (Domain.Access.Role.CentralTeam, null, null));

        using var client = new HttpClient { BaseAddress = new Uri(address) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/token") { Content = JsonContent.Create(new { userName, password = TestUsers.Password }) };
        request.Headers.Host = PublicHost;
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var recorded = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.Action == "auth.sign_in" && a.EntityKey == userName).Select(a => a.ClientAddress).SingleAsync());
        return (recorded, response.Headers.Contains("Strict-Transport-Security"), response.Headers.Contains("Server"));
    }
}
