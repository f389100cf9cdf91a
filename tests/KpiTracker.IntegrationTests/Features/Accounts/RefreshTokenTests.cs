using System.Net;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>Issue #20 items 2 and 15b: a refresh token is good once, its reuse ends the session, and refreshes are audited.</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class RefreshTokenTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_reused_refresh_token_is_refused_and_ends_its_whole_family_and_session_and_is_audited()
    {
        await Fixture.Users.CreateAsync("api.client", (Role.Viewer, null, null));
        var first = await TokenApi.SignInAsync(Anonymous, "api.client");
        using var refreshed = await TokenApi.RefreshAsync(Anonymous, first.Refresh);
        var second = await Tokens.ReadAsync(refreshed);
        using var newest = TokenApi.Client(Fixture, second.Access);
        Assert.Equal(HttpStatusCode.OK, await TokenApi.MeAsync(newest));

        using var replayed = await TokenApi.RefreshAsync(Anonymous, first.Refresh);

        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        using var family = await TokenApi.RefreshAsync(Anonymous, second.Refresh);
        Assert.Equal(HttpStatusCode.Unauthorized, family.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, await TokenApi.MeAsync(newest));
        var session = await Fixture.WithDbAsync(db => db.Sessions.SingleAsync(s => db.Users.Any(u => u.Id == s.UserId && u.UserName == "api.client")));
        Assert.NotNull(session.RevokedAt);
        Assert.Equal("refresh_reused", session.RevokedReason);
        Assert.Single(await ActionsAsync("api.client"), a => a == "auth.refresh_reused");
    }

    [Fact]
    public async Task Each_successful_refresh_is_audited()
    {
        await Fixture.Users.CreateAsync("api.audited", (Role.Viewer, null, null));
        var tokens = await TokenApi.SignInAsync(Anonymous, "api.audited");

        for (var i = 0; i < 2; i++)
        {
            using var refreshed = await TokenApi.RefreshAsync(Anonymous, tokens.Refresh);
            tokens = await Tokens.ReadAsync(refreshed);
        }

        Assert.Equal(2, (await ActionsAsync("api.audited")).Count(a => a == "auth.refreshed"));
        var record = await Fixture.WithDbAsync(db => db.AuditEntries.FirstAsync(a => a.Action == "auth.refreshed"));
        Assert.Equal("user", record.Entity);
    }

    private Task<List<string>> ActionsAsync(string userName) =>
        Fixture.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityKey == userName).Select(a => a.Action).ToListAsync());
}
