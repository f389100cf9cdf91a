using System.Net;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using KpiTracker.IntegrationTests.Security;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>Issue #20 items 2 and 15b: signing out ends the session on the server, wherever a copy of its cookie or token is.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class SignOutTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_copied_cookie_stops_working_once_its_session_signs_out_and_the_sign_out_is_audited()
    {
        await Fixture.Users.CreateAsync("viewer.copy", (Role.Viewer, null, null));
        using var browser = await CookieBrowser.SignInAsync(Fixture, "viewer.copy");
        using var thief = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        thief.DefaultRequestHeaders.Add("Cookie", browser.AuthCookie);
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync(new Uri("/home", UriKind.Relative))).StatusCode);

        using var signedOut = await browser.SignOutAsync();

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        using var page = await thief.GetAsync(new Uri("/home", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/sign-in", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await thief.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
        Assert.Equal(["auth.signed_out"], await SignOutRecordsAsync("viewer.copy"));
    }

    [Fact]
    public async Task Api_sign_out_ends_the_access_token_and_the_refresh_token_of_the_session_only()
    {
        await Fixture.Users.CreateAsync("client.app", (Role.Viewer, null, null));
        var tokens = await TokenApi.SignInAsync(Anonymous, "client.app");
        var other = await TokenApi.SignInAsync(Anonymous, "client.app");
        using var client = TokenApi.Client(Fixture, tokens.Access);

        using var signedOut = await client.PostAsync(new Uri("/api/auth/sign-out", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await TokenApi.MeAsync(client));
        using var refreshed = await TokenApi.RefreshAsync(Anonymous, tokens.Refresh);
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
        using var otherClient = TokenApi.Client(Fixture, other.Access);
        Assert.Equal(HttpStatusCode.OK, await TokenApi.MeAsync(otherClient));
        Assert.Equal(["auth.signed_out"], await SignOutRecordsAsync("client.app"));
    }

    [Fact]
    public async Task Api_sign_out_with_the_cookie_takes_the_header_and_ends_the_cookie()
    {
        await Fixture.Users.CreateAsync("viewer.api", (Role.Viewer, null, null));
        using var browser = await CookieBrowser.SignInAsync(Fixture, "viewer.api");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/auth/sign-out");
        request.Headers.Add("X-Kpi-Request", "1");

        using var signedOut = await browser.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        Assert.False(await browser.IsSignedInAsync());
    }

    private Task<List<string>> SignOutRecordsAsync(string userName) =>
        Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == userName && a.Action == "auth.signed_out").Select(a => a.Action).ToListAsync());
}
