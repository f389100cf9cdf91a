using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Data.Identity;
using KpiTracker.Application.Features.Users;
using KpiTracker.Application.Features.Users.CreateUser;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Accounts;

[Collection(SecondDatabaseGroup.Name)]
public sealed class SignInTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string StrongPassword = "Sur-Harbour-Dhow-Lanterns-Over-Jebel-Akhdar-Terraces-1987-Qalhat";

    [Fact]
    public async Task A_token_is_issued_for_the_right_password_and_works_on_the_api()
    {
        await Fixture.Users.CreateAsync("reviewer.t", (Role.GovernorateReviewer, "OM-BS", null));

        using var response = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "reviewer.t", password = TestUsers.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.Equal(3600, token.GetProperty("expiresIn").GetInt64());

        using var client = Fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.GetProperty("accessToken").GetString());
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("reviewer.t", me.GetProperty("userName").GetString());
        Assert.Equal("governorate_reviewer", me.GetProperty("assignments")[0].GetProperty("role").GetString());

        using var refreshed = await Anonymous.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = token.GetProperty("refreshToken").GetString() });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task The_token_path_locks_the_account_after_the_fifth_failure()
    {
        await Fixture.Users.CreateAsync("owner.lock", (Role.IndicatorOwner, "OM-BS", "LSP-01"));

        for (var i = 1; i <= 5; i++)
        {
            using var wrong = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "owner.lock", password = "not-the-password-" + i });
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            // The lock is not told apart from a wrong password (#20 item 3): only the audit log and the database know it.
            Assert.Equal("auth.invalid", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        }

        using var right = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "owner.lock", password = TestUsers.Password });
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Equal("auth.invalid", (await right.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        var user = await Fixture.WithDbAsync(db => db.Users.SingleAsync(u => u.UserName == "owner.lock"));
        Assert.InRange(user.LockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        var audit = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == "owner.lock").Select(a => a.Action).ToListAsync());
        Assert.Equal(5, audit.Count(a => a == "auth.sign_in_failed"));
        Assert.Single(audit, a => a == "auth.locked_out");
    }

    [Fact]
    public async Task The_cookie_path_locks_the_account_after_the_fifth_failure_too()
    {
        await Fixture.Users.CreateAsync("owner.cookie", (Role.IndicatorOwner, "OM-BS", "LSP-01"));
        using var browser = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        for (var i = 1; i <= 5; i++)
        {
            using var wrong = await SignInFormAsync(browser, "owner.cookie", "wrong-password-" + i);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            var html = await wrong.Content.ReadAsStringAsync();
            Assert.Contains("The user name or password is wrong.", html, StringComparison.Ordinal);
        }

        using var right = await SignInFormAsync(browser, "owner.cookie", TestUsers.Password);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("The user name or password is wrong.", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "owner.cookie").Select(u => u.LockoutEnd).SingleAsync()));
        Assert.DoesNotContain(right.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith("kpi.auth=", StringComparison.Ordinal) && !c.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_cookie_path_signs_in_and_the_cookie_opens_the_pages()
    {
        await Fixture.Users.CreateAsync("viewer.cookie", (Role.Viewer, null, null));
        using var browser = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        using var before = await browser.GetAsync(new Uri("/framework", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, before.StatusCode);
        Assert.StartsWith("http://localhost/account/sign-in", before.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var signedIn = await SignInFormAsync(browser, "viewer.cookie", TestUsers.Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var page = await browser.GetStringAsync(new Uri("/framework", UriKind.Relative));
        Assert.Contains("viewer.cookie", page, StringComparison.Ordinal);
        Assert.Contains("القيادة والتخطيط الاستراتيجي", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Password_rules_refuse_too_long_and_common_passwords_and_accept_a_strong_long_one()
    {
        using var english = await ClientInAsync("en");

        var tooLong = await CreateAsync(english, "long.user", new string('k', 64) + "Q7!" + new string('z', 62));
        Assert.Equal(129, (new string('k', 64) + "Q7!" + new string('z', 62)).Length);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Equal("password.too_long", tooLong.Codes["password"][0]);
        Assert.Contains("at most 128 characters", tooLong.Messages["password"][0], StringComparison.Ordinal);

        var common = await CreateAsync(english, "common.user", "qwerty123456");
        Assert.Equal(12, "qwerty123456".Length);
        Assert.Equal("password.common", common.Codes["password"][0]);
        Assert.Contains("commonly used", common.Messages["password"][0], StringComparison.Ordinal);

        var shortOne = await CreateAsync(english, "short.user", "Xy7#kq2!Lm9");
        Assert.Equal("password.too_short", shortOne.Codes["password"][0]);

        Assert.Equal(64, StrongPassword.Length);
        var strong = await CreateAsync(english, "strong.user", StrongPassword);
        Assert.Equal(HttpStatusCode.Created, strong.Status);
        using var token = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "strong.user", password = StrongPassword });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal(0, await Fixture.WithDbAsync(db => db.Users.CountAsync(u => u.UserName == "long.user" || u.UserName == "common.user")));
    }

    [Fact]
    public async Task Arabic_callers_get_the_password_rules_in_Arabic()
    {
        var common = await CreateAsync(Client, "common.ar", "qwerty123456");

        Assert.Contains("كلمات المرور الشائعة", common.Messages["password"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_hashes_use_PBKDF2_SHA512_with_at_least_210000_iterations_and_old_hashes_are_upgraded()
    {
        var created = await CreateAsync(Client, "hash.user", StrongPassword);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        var (prf, iterations) = await HashParametersAsync("hash.user");
        Assert.Equal(2, prf); // KeyDerivationPrf.HMACSHA512
        Assert.True(iterations >= 210_000, $"{iterations} iterations");

        // A hash made with the .NET default of 100,000 iterations is replaced at the next sign-in.
        var weakHasher = new Microsoft.AspNetCore.Identity.PasswordHasher<AppUser>(Microsoft.Extensions.Options.Options.Create(
            new Microsoft.AspNetCore.Identity.PasswordHasherOptions { IterationCount = 100_000 }));
        var weak = weakHasher.HashPassword(new AppUser(), StrongPassword);
        await Fixture.ExecuteAsOwnerAsync($"UPDATE users SET password_hash = '{weak}' WHERE user_name = 'hash.user'");
        Assert.Equal(100_000, (await HashParametersAsync("hash.user")).Iterations);

        using var token = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "hash.user", password = StrongPassword });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal(210_000, (await HashParametersAsync("hash.user")).Iterations);
    }

    [Fact]
    public async Task Attempts_on_one_account_are_limited_and_the_refusal_speaks_the_caller_s_language()
    {
        var (owner, app) = (Fixture.OwnerConnectionString, Fixture.ConnectionString);
        await using var limited = new KpiAppFactory(app, owner, signInPermitPerMinute: 3);
        using var client = limited.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/auth/token", new { userName = "nobody", password = "whatever-it-is" });
            statuses.Add(response.StatusCode);
        }

        // Another account from the same address (everybody behind one proxy) still gets its own attempts.
        using var other = await client.PostAsJsonAsync("/api/auth/token", new { userName = "somebody-else", password = "whatever-it-is" });
        using var refused = await client.PostAsJsonAsync("/api/auth/token", new { userName = " NOBODY ", password = "whatever-it-is" });
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.Unauthorized, other.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
        Assert.Equal("محاولات كثيرة؛ انتظر دقيقة ثم أعد المحاولة.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("en", "Too many attempts; wait a minute and try again.")]
    [InlineData("ar", "محاولات كثيرة؛ انتظر دقيقة ثم أعد المحاولة.")]
    public async Task The_sign_in_page_is_never_limited_and_a_limited_attempt_gets_the_page_with_the_reason(string language, string message)
    {
        var (owner, app) = (Fixture.OwnerConnectionString, Fixture.ConnectionString);
        await using var limited = new KpiAppFactory(app, owner, signInPermitPerMinute: 2);
        using var client = limited.CreateClient(new() { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $".AspNetCore.Culture=c%3D{language}%7Cuic%3D{language}");

        var pages = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var page = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
            pages.Add(page.StatusCode);
        }

        var bodies = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var attempt = await FormPost.SubmitAsync(client, "/account/sign-in", "sign-in", [new("Input.UserName", "nobody." + language), new("Input.Password", "whatever-it-is")]);
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
            bodies.Add(WebUtility.HtmlDecode(await attempt.Content.ReadAsStringAsync()));
        }

        Assert.All(pages, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.DoesNotContain(message, bodies[1], StringComparison.Ordinal);
        Assert.Contains(message, bodies[2], StringComparison.Ordinal);
        Assert.Contains("id=\"sign-in-error\"", bodies[2], StringComparison.Ordinal);
    }

    private async Task<(int Prf, int Iterations)> HashParametersAsync(string userName)
    {
        var hash = await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.PasswordHash!).SingleAsync());
        var bytes = Convert.FromBase64String(hash);
        Assert.Equal(0x01, bytes[0]); // Identity V3 format
        return ((int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
    }

    private async Task<HttpClient> ClientInAsync(string language)
    {
        var admin = await Fixture.Users.CreateAsync("admin." + language, (Role.Administrator, null, null));
        return await Fixture.Users.ClientForAsync(admin, language);
    }

    private static async Task<(HttpStatusCode Status, Dictionary<string, string[]> Codes, Dictionary<string, string[]> Messages)> CreateAsync(HttpClient client, string userName, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/users", new CreateUserCommand(userName, userName, null, password, [new AssignmentRequest("viewer", null, null)]));
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return (response.StatusCode, [], []);
        }

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode,
            problem.GetProperty("fieldCodes").Deserialize<Dictionary<string, string[]>>()!,
            problem.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!);
    }

    private static Task<HttpResponseMessage> SignInFormAsync(HttpClient browser, string userName, string password) =>
        FormPost.SubmitAsync(browser, "/account/sign-in", "sign-in", [new("Input.UserName", userName), new("Input.Password", password)]);
}
