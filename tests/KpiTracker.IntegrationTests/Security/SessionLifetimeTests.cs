using System.Net;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Accounts;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.IntegrationTests.Security;

/// <summary>Issue #20 item 2: a session ends at its absolute lifetime (12 hours here), however active it stayed.</summary>
public sealed class SessionLifetimeTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task A_cookie_that_kept_sliding_ends_at_the_absolute_lifetime()
    {
        await Fixture.Users.CreateAsync("viewer.long", (Role.Viewer, null, null));
        using var browser = await CookieBrowser.SignInAsync(Fixture, "viewer.long");

        Advance(TimeSpan.FromHours(7));
        Assert.True(await browser.IsSignedInAsync());
        Advance(TimeSpan.FromHours(4.5));
        Assert.True(await browser.IsSignedInAsync());
        Advance(TimeSpan.FromHours(1));

        Assert.False(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task A_refresh_never_reaches_past_the_sessions_absolute_expiry()
    {
        await Fixture.Users.CreateAsync("api.long", (Role.Viewer, null, null));
        var tokens = await TokenApi.SignInAsync(Anonymous, "api.long");

        Advance(TimeSpan.FromHours(11.5));
        using var late = await TokenApi.RefreshAsync(Anonymous, tokens.Refresh);
        var last = await Tokens.ReadAsync(late);

        Assert.InRange(last.ExpiresIn, 1, 1800);
        var (absolute, refreshExpiries) = await Fixture.WithDbAsync(async db =>
        {
            var session = await db.Sessions.SingleAsync(s => db.Users.Any(u => u.Id == s.UserId && u.UserName == "api.long"));
            return (session.AbsoluteExpiresAt, await db.RefreshTokens.Where(t => t.SessionId == session.Id).Select(t => t.ExpiresAt).ToListAsync());
        });
        Assert.Equal(2, refreshExpiries.Count);
        Assert.All(refreshExpiries, e => Assert.True(e <= absolute, $"a refresh token expires at {e:O}, after the session's {absolute:O}"));

        Advance(TimeSpan.FromHours(1));
        using var client = TokenApi.Client(Fixture, last.Access);
        Assert.Equal(HttpStatusCode.Unauthorized, await TokenApi.MeAsync(client));
        using var after = await TokenApi.RefreshAsync(Anonymous, last.Refresh);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task The_absolute_lifetime_is_read_from_configuration()
    {
        await using var host = new KpiAppFactory(Fixture.ConnectionString, Fixture.OwnerConnectionString, settings: new Dictionary<string, string> { ["Kpi:Sessions:AbsoluteLifetime"] = "02:00:00" });
        await Fixture.Users.CreateAsync("api.short", (Role.Viewer, null, null));
        using var anonymous = host.CreateClient();

        await TokenApi.SignInAsync(anonymous, "api.short");

        var session = await Fixture.WithDbAsync(db => db.Sessions.SingleAsync(s => db.Users.Any(u => u.Id == s.UserId && u.UserName == "api.short")));
        Assert.Equal(TimeSpan.FromHours(2), session.AbsoluteExpiresAt - session.CreatedAt);
    }

    /// <summary>Time passes for the cookie (the application's clock) and for the session alike, as it does outside tests.</summary>
    private void Advance(TimeSpan by)
    {
        Fixture.Clock.Advance(by);
        Fixture.SessionClock.Advance(by);
    }
}
