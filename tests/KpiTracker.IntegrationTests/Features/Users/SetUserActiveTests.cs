using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Users;

public sealed class SetUserActiveTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task Nobody_deactivates_their_own_account()
    {
        using var response = await Client.PostAsJsonAsync("/api/users/central.test/deactivate", new { reason = "oops" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "central.test").Select(u => u.IsActive).SingleAsync()));
    }

    [Theory]
    [InlineData("activate")]
    [InlineData("deactivate")]
    public async Task Asking_for_the_state_the_account_is_in_changes_nothing_and_writes_no_record(string action)
    {
        await Fixture.Users.CreateAsync("steady", (Role.Viewer, null, null));
        if (action == "deactivate")
        {
            using var first = await Client.PostAsJsonAsync("/api/users/steady/deactivate", new { reason = "left" });
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        var stamp = await StampAsync();
        var records = await RecordsAsync();

        using var again = await Client.PostAsJsonAsync($"/api/users/steady/{action}", new { reason = "again" });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(action == "activate", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("isActive").GetBoolean());
        Assert.Equal(stamp, await StampAsync());
        Assert.Equal(records, await RecordsAsync());
    }

    [Theory]
    [InlineData("left\u0000the ministry", "text.control_char")]
    [InlineData("left \u202Ethe ministry", "text.bidi_control")]
    public async Task A_reason_with_control_characters_is_refused_on_its_field(string reason, string code)
    {
        await Fixture.Users.CreateAsync("leaving", (Role.Viewer, null, null));

        using var response = await Client.PostAsJsonAsync("/api/users/leaving/deactivate", new { reason });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldCodes").GetProperty("reason")[0].GetString());
        Assert.True(await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "leaving").Select(u => u.IsActive).SingleAsync()));
    }

    [Fact]
    public async Task An_over_long_reason_is_refused_on_its_field()
    {
        await Fixture.Users.CreateAsync("leaving", (Role.Viewer, null, null));

        using var response = await Client.PostAsJsonAsync("/api/users/leaving/deactivate", new { reason = new string('r', 5000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text.too_long", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("fieldCodes").GetProperty("reason")[0].GetString());
    }

    private Task<string?> StampAsync() => Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName == "steady").Select(u => u.SecurityStamp).SingleAsync());

    private Task<int> RecordsAsync() => Fixture.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.EntityKey == "steady"));
}
