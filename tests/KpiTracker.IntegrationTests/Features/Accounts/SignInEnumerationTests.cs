using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KpiTracker.Application.Data.Identity;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>Unknown, inactive, locked and known accounts with a wrong password are answered alike and cost alike (#20 item 3).</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class SignInEnumerationTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Unknown_inactive_locked_and_wrong_password_answers_are_identical()
    {
        await SetUpAccountsAsync();

        var answers = new List<(HttpStatusCode Status, string Body)>();
        foreach (var (name, password) in Attempts)
        {
            using var response = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password });
            answers.Add((response.StatusCode, WithoutTraceId(await response.Content.ReadAsStringAsync())));
        }

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Unauthorized, a.Status));
        Assert.Equal("auth.invalid", JsonNode.Parse(answers[0].Body)!["code"]!.GetValue<string>());
        Assert.Single(answers.Select(a => a.Body).Distinct());
        // The lock is still recorded, though the answer does not tell it.
        var locked = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == "locked.e" && a.Action.StartsWith("auth.")).Select(a => new { a.Action, a.NewValues }).SingleAsync());
        Assert.Equal("auth.sign_in_failed", locked.Action);
        Assert.Contains("locked_out", locked.NewValues, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sign_in_page_answers_a_locked_account_with_the_generic_message()
    {
        await SetUpAccountsAsync();
        using var browser = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        using var response = await FormPost.SubmitAsync(browser, "/account/sign-in", "sign-in", [new("Input.UserName", "locked.e"), new("Input.Password", TestUsers.Password)]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("The user name or password is wrong.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("locked for 15 minutes", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_refused_attempt_checks_a_password_hash_of_the_same_cost()
    {
        await SetUpAccountsAsync();
        var hasher = new CountingHasher();
        await using var factory = Fixture.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<AppUser>>(hasher)));
        using var client = factory.CreateClient();

        foreach (var (name, password) in Attempts)
        {
            var before = hasher.Verifications;
            using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = name, password });
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.True(hasher.Verifications - before == 1, $"{name}: {hasher.Verifications - before} hash checks");
        }
    }

    private static readonly (string Name, string Password)[] Attempts =
    [
        ("nobody.e", TestUsers.Password),
        ("inactive.e", TestUsers.Password),
        ("locked.e", TestUsers.Password),
        ("known.e", "not-the-password-at-all"),
    ];

    private async Task SetUpAccountsAsync()
    {
        await Fixture.Users.CreateAsync("known.e", (Role.Viewer, null, null));
        await Fixture.Users.CreateAsync("inactive.e", (Role.Viewer, null, null));
        await Fixture.Users.CreateAsync("locked.e", (Role.Viewer, null, null));
        await Fixture.ExecuteAsOwnerAsync("UPDATE users SET is_active = false WHERE user_name = 'inactive.e'");
        await Fixture.ExecuteAsOwnerAsync("UPDATE users SET lockout_end = now() + interval '10 minutes' WHERE user_name = 'locked.e'");
    }

    private static string WithoutTraceId(string body)
    {
        var node = JsonNode.Parse(body)!.AsObject();
        node.Remove("traceId");
        return node.ToJsonString();
    }

    /// <summary>The application's hasher, counting the password checks it makes.</summary>
    private sealed class CountingHasher() : PasswordHasher<AppUser>(Microsoft.Extensions.Options.Options.Create(Opts))
    {
        private static readonly PasswordHasherOptions Opts = new() { CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3, IterationCount = Application.Common.Security.PasswordPolicy.IterationCount };
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public override PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return base.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
