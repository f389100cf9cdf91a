using System.Net;
using System.Net.Http.Json;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Users;

public sealed class ResetPasswordTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_reset_password_unlocks_the_account_and_the_old_password_stops_working()
    {
        await Fixture.Users.CreateAsync("forgetful", (Role.Viewer, null, null));
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "forgetful", password = "guess-number-" + i });
        }

        using var reset = await Client.PostAsJsonAsync("/api/users/forgetful/reset-password", new { newPassword = "Jabreen-Castle-Painted-Ceilings-3" });
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);

        using var old = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "forgetful", password = TestUsers.Password });
        using var fresh = await Anonymous.PostAsJsonAsync("/api/auth/token", new { userName = "forgetful", password = "Jabreen-Castle-Painted-Ceilings-3" });
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (old.StatusCode, fresh.StatusCode));
    }
}
