using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Users;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>Deactivation, a password change and a role change each end the user's existing cookies and tokens.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class SessionEndTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Deactivating_a_user_ends_their_token_and_their_cookie_at_the_next_request()
    {
        await Fixture.Users.CreateAsync("reviewer.d", (Role.GovernorateReviewer, "OM-BS", null));
        var admin = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("admin.d", (Role.Administrator, null, null)));
        using var tokenClient = await TokenClientAsync("reviewer.d");
        using var cookieClient = await CookieClientAsync("reviewer.d");
        Assert.Equal(HttpStatusCode.OK, (await tokenClient.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cookieClient.GetAsync(new Uri("/framework", UriKind.Relative))).StatusCode);

        using var deactivated = await admin.PostAsJsonAsync("/api/users/reviewer.d/deactivate", new { reason = "left the department" });
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await tokenClient.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
        using var page = await cookieClient.GetAsync(new Uri("/framework", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/sign-in", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var again = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "reviewer.d", password = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
    }

    [Fact]
    public async Task Changing_the_password_ends_other_tokens_and_refresh_tokens()
    {
        await Fixture.Users.CreateAsync("owner.p", (Role.IndicatorOwner, "OM-MA", "CUS-01"));
        using var first = await TokenClientAsync("owner.p");
        using var tokenResponse = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "owner.p", password = TestUsers.Password });
        var refresh = (await tokenResponse.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("refreshToken").GetString();

        using var changed = await first.PostAsJsonAsync("/api/me/password", new { currentPassword = TestUsers.Password, newPassword = "Nizwa-Fort-Morning-Bells-1650" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await first.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
        using var refreshed = await Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = refresh });
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
        using var newToken = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "owner.p", password = "Nizwa-Fort-Morning-Bells-1650" });
        Assert.Equal(HttpStatusCode.OK, newToken.StatusCode);
    }

    [Fact]
    public async Task Changing_roles_ends_existing_tokens_so_new_rights_apply_at_once()
    {
        await Fixture.Users.CreateAsync("moving.user", (Role.GovernorateReviewer, "OM-BS", null));
        using var token = await TokenClientAsync("moving.user");
        Assert.Equal(HttpStatusCode.OK, (await token.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);

        using var changed = await Client.PutAsJsonAsync("/api/users/moving.user/assignments", new[] { new AssignmentRequest("governorate_reviewer", "OM-MA", null) });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await token.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode);
    }

    private async Task<HttpClient> TokenClientAsync(string userName)
    {
        using var response = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName, password = TestUsers.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        var client = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    private async Task<HttpClient> CookieClientAsync(string userName)
    {
        var client = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        using var response = await FormPost.SubmitAsync(client, "/account/sign-in", "sign-in", [new("Input.UserName", userName), new("Input.Password", TestUsers.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
