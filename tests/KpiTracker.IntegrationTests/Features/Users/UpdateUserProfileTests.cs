using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Users;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Users;

public sealed class UpdateUserProfileTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_user_manager_changes_a_name_and_e_mail_address_and_the_change_is_audited()
    {
        await Fixture.Users.CreateAsync("mailless", (Role.IndicatorOwner, "OM-BS", "LSP-01"));

        using var saved = await Client.PutAsJsonAsync("/api/users/mailless/profile", new { displayName = "  سالم البلوشي ", email = "salim@example.om" });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var user = await saved.Content.ReadFromJsonAsync<UserDto>();
        Assert.Equal(("سالم البلوشي", "salim@example.om"), (user!.DisplayName, user.Email));
        var stored = await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "mailless").Select(u => new { u.Email, u.NormalizedEmail }).SingleAsync());
        Assert.Equal(("salim@example.om", "SALIM@EXAMPLE.OM"), (stored.Email, stored.NormalizedEmail));
        var audited = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "central.test" && a.Entity == "user" && a.Action.StartsWith("update_user_profile")).CountAsync());
        Assert.Equal(1, audited);

        using var cleared = await Client.PutAsJsonAsync("/api/users/mailless/profile", new { displayName = "سالم البلوشي", email = "" });
        Assert.Null((await cleared.Content.ReadFromJsonAsync<UserDto>())!.Email);
    }

    [Fact]
    public async Task A_bad_e_mail_address_or_an_empty_name_is_refused_in_the_callers_language_and_nothing_changes()
    {
        await Fixture.Users.CreateAsync("mailer", (Role.Viewer, null, null));
        var arabic = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("admin.ar", (Role.Administrator, null, null)), "ar");

        using var response = await arabic.PutAsJsonAsync("/api/users/mailer/profile", new { displayName = " ", email = "not-an-address" });
        using var missing = await Client.PutAsJsonAsync("/api/users/nobody.here/profile", new { displayName = "x", email = "x@example.om" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("email.invalid", problem.GetProperty("fieldCodes").GetProperty("email")[0].GetString());
        Assert.Equal("required", problem.GetProperty("fieldCodes").GetProperty("displayName")[0].GetString());
        Assert.Matches("\\p{IsArabic}", problem.GetProperty("errors").GetProperty("email")[0].GetString());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "mailer").Select(u => u.Email).SingleAsync()));
    }
}
