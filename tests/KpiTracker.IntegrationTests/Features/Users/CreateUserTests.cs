using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Users;
using KpiTracker.Application.Features.Users.CreateUser;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Users;

public sealed class CreateUserTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task An_administrator_creates_a_user_with_scoped_roles_and_the_user_signs_in()
    {
        var admin = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("admin.u", (Role.Administrator, null, null)));

        using var created = await admin.PostAsJsonAsync("/api/users", new CreateUserCommand("owner.new", "مالك جديد", "owner@example.om", "Misfat-al-Abriyeen-Terraces-9",
            [new AssignmentRequest("indicator_owner", "OM-BS", "LSP-01"), new AssignmentRequest("indicator_owner", "OM-BS", "LSP-02")]));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await created.Content.ReadFromJsonAsync<UserDto>();
        Assert.Equal([Role.IndicatorOwner, Role.IndicatorOwner], user!.Assignments.Select(a => a.Role));
        // The role is typed in the DTO and a lower snake case code on the wire, as it was asked for.
        using var wire = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        Assert.Equal("indicator_owner", wire.RootElement.GetProperty("assignments")[0].GetProperty("role").GetString());
        using var token = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "owner.new", password = "Misfat-al-Abriyeen-Terraces-9" });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var records = await Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.UserName == "admin.u" && a.Action.StartsWith("create_user")).Select(a => a.Entity).ToListAsync());
        Assert.Equal(["assignment", "assignment", "user"], records.Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [InlineData("bogus_role", "OM-BS", null, "assignments[0].role", "assignment.role.unknown")]
    [InlineData("indicator_owner", "OM-BS", null, "assignments[0].indicator", "assignment.indicator.required")]
    [InlineData("governorate_reviewer", null, null, "assignments[0].orgUnit", "assignment.org_unit.required")]
    [InlineData("governorate_reviewer", "OM-XX", null, "assignments[0].orgUnit", "assignment.org_unit.unknown")]
    [InlineData("indicator_owner", "OM-BS", "ZZZ-99", "assignments[0].indicator", "assignment.indicator.unknown")]
    [InlineData("central_team", "OM-BS", null, "assignments[0].orgUnit", "assignment.org_unit.not_allowed")]
    [InlineData("viewer", null, "LSP-01", "assignments[0].indicator", "assignment.indicator.not_allowed")]
    public async Task A_wrong_scope_is_refused_field_by_field_and_nothing_is_written(string role, string? org, string? indicator, string field, string code)
    {
        var before = await Fixture.WithDbAsync(db => db.Users.CountAsync());

        using var response = await Client.PostAsJsonAsync("/api/users", new CreateUserCommand("scoped.user", "Scoped", null, "Misfat-al-Abriyeen-Terraces-9", [new AssignmentRequest(role, org, indicator)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldCodes").GetProperty(field)[0].GetString());
        Assert.Equal(before, await Fixture.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task A_taken_user_name_and_a_malformed_one_are_refused()
    {
        using var taken = await Client.PostAsJsonAsync("/api/users", new CreateUserCommand("central.test", "x", null, "Misfat-al-Abriyeen-Terraces-9", []));
        using var malformed = await Client.PostAsJsonAsync("/api/users", new CreateUserCommand("Bad Name!", "x", null, "Misfat-al-Abriyeen-Terraces-9", []));
        using var reserved = await Client.PostAsJsonAsync("/api/users", new CreateUserCommand("new", "x", null, "Misfat-al-Abriyeen-Terraces-9", []));

        Assert.Equal("user.name.taken", (await taken.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldCodes").GetProperty("userName")[0].GetString());
        Assert.Equal("user.name.invalid", (await malformed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldCodes").GetProperty("userName")[0].GetString());
        Assert.Equal("user.name.reserved", (await reserved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldCodes").GetProperty("userName")[0].GetString());
    }

    [Fact]
    public async Task Creating_a_user_and_changing_a_profile_refuse_the_same_overlong_e_mail_address_and_display_name()
    {
        await Fixture.Users.CreateAsync("longmail", (Role.Viewer, null, null));
        var email = new string('a', 250) + "@example.om";
        var name = new string('س', 201);

        using var created = await Client.PostAsJsonAsync("/api/users", new { userName = "longmail2", displayName = name, email, password = "Misfat-al-Abriyeen-Terraces-9", assignments = Array.Empty<object>() });
        using var updated = await Client.PutAsJsonAsync("/api/users/longmail/profile", new { displayName = name, email });

        foreach (var response in new[] { created, updated })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("too_long", problem.GetProperty("fieldCodes").GetProperty("email")[0].GetString());
            Assert.Equal("too_long", problem.GetProperty("fieldCodes").GetProperty("displayName")[0].GetString());
        }

        Assert.False(await Fixture.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == "longmail2")));
    }
}
