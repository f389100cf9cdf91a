using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>The current password asked by a password change is guarded like a sign-in (#20 item 4), and cannot be reused (item 12).</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class ChangePasswordTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string NewPassword = "Nizwa-Fort-Morning-Bells-1650";

    [Fact]
    public async Task Wrong_current_passwords_lock_the_account_after_the_fifth_and_are_audited()
    {
        var user = await Fixture.Users.CreateAsync("owner.cp", (Role.IndicatorOwner, "OM-BS", "LSP-01"));
        using var client = await Fixture.Users.ClientForAsync(user, "en");

        for (var i = 1; i <= 5; i++)
        {
            using var wrong = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = "wrong-guess-" + i, newPassword = NewPassword });
            Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
            Assert.Contains("password.current_wrong", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var right = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = TestUsers.Password, newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.Forbidden, right.StatusCode);
        Assert.Equal("auth.locked_out", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        using var signIn = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "owner.cp", password = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);

        var stored = await Fixture.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "owner.cp"));
        Assert.InRange(stored.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == "owner.cp" && a.Action.StartsWith("auth.")).Select(a => a.Action).ToListAsync());
        // Four failures, the fifth that locks, and the refused attempt while locked.
        Assert.Equal(5, audit.Count(a => a == "auth.password_change_failed"));
        Assert.Single(audit, a => a == "auth.locked_out");
    }

    [Fact]
    public async Task Password_changes_are_rate_limited_per_user()
    {
        await using var limited = new KpiAppFactory(Fixture.ConnectionString, Fixture.OwnerConnectionString, signInPermitPerMinute: 3);
        var user = await Fixture.Users.CreateAsync("owner.rl", (Role.IndicatorOwner, "OM-BS", "LSP-01"));
        using var token = await Fixture.Users.ClientForAsync(user);
        using var client = limited.CreateClient();
        client.DefaultRequestHeaders.Authorization = token.DefaultRequestHeaders.Authorization;

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = "wrong-guess-" + i, newPassword = NewPassword });
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
        var other = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.rl2", (Role.Viewer, null, null)));
        using var otherClient = limited.CreateClient();
        otherClient.DefaultRequestHeaders.Authorization = other.DefaultRequestHeaders.Authorization;
        using var otherResponse = await otherClient.PostAsJsonAsync("/api/me/password", new { currentPassword = "wrong-guess", newPassword = NewPassword });
        Assert.Equal(HttpStatusCode.BadRequest, otherResponse.StatusCode);
    }

    [Fact]
    public async Task The_page_counts_wrong_current_passwords_and_then_says_the_account_is_locked()
    {
        await Fixture.Users.CreateAsync("viewer.cp", (Role.Viewer, null, null));
        using var browser = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");
        using (var signedIn = await FormPost.SubmitAsync(browser, "/account/sign-in", "sign-in", [new("Input.UserName", "viewer.cp"), new("Input.Password", TestUsers.Password)]))
        {
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        }

        for (var i = 1; i <= 5; i++)
        {
            using var wrong = await FormPost.SubmitAsync(browser, "/account/password", "change-password", [new("Input.Current", "wrong-guess-" + i), new("Input.New", NewPassword)]);
            Assert.Contains("The current password is wrong.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        using var locked = await FormPost.SubmitAsync(browser, "/account/password", "change-password", [new("Input.Current", TestUsers.Password), new("Input.New", NewPassword)]);
        Assert.Contains("locked for 15 minutes", WebUtility.HtmlDecode(await locked.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.NotNull(await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "viewer.cp").Select(u => u.LockoutEnd).SingleAsync()));
    }

    [Fact]
    public async Task The_current_password_cannot_be_the_new_one()
    {
        var user = await Fixture.Users.CreateAsync("owner.same", (Role.Viewer, null, null));
        using var client = await Fixture.Users.ClientForAsync(user, "ar");

        using var response = await client.PostAsJsonAsync("/api/me/password", new { currentPassword = TestUsers.Password, newPassword = TestUsers.Password });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("password.reused", problem.GetProperty("fieldCodes").GetProperty("newPassword")[0].GetString());
        Assert.Equal("يجب أن تختلف كلمة المرور الجديدة عن الحالية.", problem.GetProperty("errors").GetProperty("newPassword")[0].GetString());
    }
}
