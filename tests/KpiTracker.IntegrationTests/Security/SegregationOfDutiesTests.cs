using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Security;

/// <summary>The account side of segregation of duties (#20 item 5): no self-service through the admin routes, and reasons for powerful grants.</summary>
public sealed class SegregationOfDutiesTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly object[] Viewer = [new { role = "viewer" }];

    [Fact]
    public async Task Nobody_changes_their_own_assignments()
    {
        var admin = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("admin.self", (Role.Administrator, null, null)), "ar");

        using var own = await admin.PutAsJsonAsync("/api/users/admin.self/assignments?reason=more", new[] { new { role = "administrator" }, new { role = "central_team" } });
        using var central = await Client.PutAsJsonAsync("/api/users/central.test/assignments", Viewer);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (own.StatusCode, central.StatusCode));
        var problem = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("user.own_assignments", problem.GetProperty("code").GetString());
        Assert.Equal("لا يمكنك تغيير أدوارك بنفسك؛ اطلب ذلك من مدير نظام آخر.", problem.GetProperty("detail").GetString());
        var roles = await Fixture.WithDbAsync(db => db.Assignments.Where(a => db.Users.Any(u => u.Id == a.UserId && u.UserName == "admin.self")).Select(a => a.Role).ToListAsync());
        Assert.Equal([Role.Administrator], roles);
    }

    [Fact]
    public async Task Nobody_resets_their_own_password_through_the_admin_route()
    {
        using var response = await Client.PostAsJsonAsync("/api/users/central.test/reset-password", new { newPassword = "Jabreen-Castle-Painted-Ceilings-3" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("user.own_password_reset", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        using var old = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "central.test", password = TestUsers.Password });
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
    }

    [Fact]
    public async Task Only_an_administrator_resets_an_administrator_s_password()
    {
        await Fixture.Users.CreateAsync("admin.target", (Role.Administrator, null, null));
        var admin = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("admin.other", (Role.Administrator, null, null)));

        using var byCentral = await Client.PostAsJsonAsync("/api/users/admin.target/reset-password", new { newPassword = "Jabreen-Castle-Painted-Ceilings-3" });
        using var byAdmin = await admin.PostAsJsonAsync("/api/users/admin.target/reset-password", new { newPassword = "Jabreen-Castle-Painted-Ceilings-4" });

        Assert.Equal(HttpStatusCode.Forbidden, byCentral.StatusCode);
        Assert.Equal("user.reset_needs_administrator", (await byCentral.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
    }

    [Theory]
    [InlineData("administrator")]
    [InlineData("central_team")]
    public async Task Granting_a_powerful_role_needs_a_reason_which_the_audit_record_keeps(string role)
    {
        await Fixture.Users.CreateAsync("promoted", (Role.Viewer, null, null));
        var grant = new[] { new { role } };

        using var without = await Client.PutAsJsonAsync("/api/users/promoted/assignments", grant);
        using var with = await Client.PutAsJsonAsync("/api/users/promoted/assignments?reason=" + Uri.EscapeDataString("covers the director's leave"), grant);

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal("assignment.reason_required", (await without.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldCodes").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, with.StatusCode);
        var reasons = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.Entity == "assignment" && a.Action.StartsWith("set_assignments")).Select(a => a.Reason).Distinct().ToListAsync());
        Assert.Equal(["covers the director's leave"], reasons);
    }

    [Fact]
    public async Task Creating_a_user_with_a_powerful_role_needs_a_reason_too()
    {
        var body = new { userName = "new.central", displayName = "New Central", password = "Misfat-al-Abriyeen-Terraces-9", assignments = new[] { new { role = "central_team" } } };

        using var without = await Client.PostAsJsonAsync("/api/users", body);
        using var with = await Client.PostAsJsonAsync("/api/users", new { body.userName, body.displayName, body.password, body.assignments, reason = "joins the central team" });

        Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
        Assert.Equal("assignment.reason_required", (await without.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldCodes").GetProperty("reason")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, with.StatusCode);
        var reasons = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.Action.StartsWith("create_user")).Select(a => a.Reason).Distinct().ToListAsync());
        Assert.Equal(["joins the central team"], reasons);
    }
}
