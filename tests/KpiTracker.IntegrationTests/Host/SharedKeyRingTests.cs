using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Host;

/// <summary>
/// Several web processes share one database (issue #5: <c>--role web</c> many times over). A second host on the same
/// database, with its own memory, must accept what the first one issued: a bearer token and a sign-in cookie.
/// </summary>
public sealed class SharedKeyRingTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_token_and_a_cookie_issued_by_one_web_process_are_accepted_by_another_on_the_same_database()
    {
        await Fixture.Users.CreateAsync("roaming", (Role.Viewer, null, null));
        using var token = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "roaming", password = TestUsers.Password });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        // The browser's cookies are carried by hand, so the sign-in cookie can be taken to the other process.
        using var firstBrowser = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var form = await firstBrowser.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
        firstBrowser.DefaultRequestHeaders.Add("Cookie", string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));
        using var signedIn = await FormPost.SubmitAsync(firstBrowser, "/account/sign-in", "sign-in", [new("Input.UserName", "roaming"), new("Input.Password", TestUsers.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Single(c => c.StartsWith("kpi.auth=", StringComparison.Ordinal));

        await using var second = new KpiAppFactory(Fixture.ConnectionString, Fixture.OwnerConnectionString);
        using var api = second.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        using var me = await api.GetAsync(new Uri("/api/me", UriKind.Relative));
        using var pages = second.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        pages.DefaultRequestHeaders.Add("Cookie", cookie);
        using var home = await pages.GetAsync(new Uri("/home", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, me.StatusCode);
        Assert.Equal("roaming", (await me.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userName").GetString());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("id=\"current-user\"", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await Fixture.WithDbAsync(db => db.DataProtectionKeys.AnyAsync()));
    }
}
