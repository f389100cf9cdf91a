using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>User names no account can have are answered 400 with a code, not 500, and every failed name is audited clean and short (#20 items 10, 11).</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class SignInBadNameTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    public static TheoryData<string, string> BadNames => new()
    {
        { "nul\0name", "nulname" },
        { "bidi\u202Eeman", "bidieman" },
        { new string('x', 5000), new string('x', 64) },
    };

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task A_name_no_account_can_have_is_a_400_with_a_code_and_is_still_audited(string name, string audited)
    {
        using var response = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = "whatever-it-is" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("auth.user_name.invalid", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        var record = await Fixture.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "auth.sign_in_failed"));
        Assert.Equal(audited, record.EntityKey);
    }

    [Fact]
    public async Task An_unknown_name_is_kept_in_the_audit_log_cut_to_64_characters()
    {
        var name = "someone." + new string('a', 150);

        using var response = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = name, password = "whatever-it-is" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var record = await Fixture.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "auth.sign_in_failed"));
        Assert.Equal(name[..64], record.EntityKey);
    }

    [Fact]
    public async Task The_sign_in_page_answers_an_over_long_name_with_its_message()
    {
        using var browser = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dar%7Cuic%3Dar");

        using var response = await FormPost.SubmitAsync(browser, "/account/sign-in", "sign-in", [new("Input.UserName", new string('y', 5000)), new("Input.Password", "whatever-it-is")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("هذا ليس اسم مستخدم صالحاً.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "auth.sign_in_failed" && a.EntityKey == new string('y', 64))));
    }

    [Fact]
    public async Task The_sign_in_page_refuses_a_nul_in_the_name_with_a_code_and_still_audits_the_attempt()
    {
        // ASP.NET's form reader refuses a NUL anywhere in a form, so the page never binds this post; the attempt is refused all the same.
        using var browser = Fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        browser.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Dar%7Cuic%3Dar");

        using var response = await FormPost.SubmitAsync(browser, "/account/sign-in", "sign-in", [new("Input.UserName", "nul\0name"), new("Input.Password", "whatever-it-is")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("auth.user_name.invalid", problem.GetProperty("code").GetString());
        Assert.Equal("هذا ليس اسم مستخدم صالحاً.", problem.GetProperty("detail").GetString());
        Assert.Equal(1, await Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "auth.sign_in_failed" && a.EntityKey == "nulname")));
    }
}
