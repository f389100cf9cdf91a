using System.Net;
using System.Net.Http.Json;
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
}
