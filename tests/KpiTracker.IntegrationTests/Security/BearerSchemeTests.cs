using System.Net;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Accounts;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Security;

/// <summary>Issue #20 item 17b: authentication schemes are case-insensitive (RFC 9110 §11.1), so "bearer" is "Bearer".</summary>
public sealed class BearerSchemeTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Theory]
    [InlineData("Bearer")]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    public async Task The_bearer_scheme_is_read_in_any_case(string scheme)
    {
        await Fixture.Users.CreateAsync("api.case", (Role.Viewer, null, null));
        var tokens = await TokenApi.SignInAsync(Anonymous, "api.case");
        using var client = TokenApi.Client(Fixture, tokens.Access, scheme);

        Assert.Equal(HttpStatusCode.OK, await TokenApi.MeAsync(client));
    }

    [Fact]
    public async Task Another_scheme_or_an_empty_token_is_not_a_bearer_token()
    {
        await Fixture.Users.CreateAsync("api.other", (Role.Viewer, null, null));
        var tokens = await TokenApi.SignInAsync(Anonymous, "api.other");
        using var basic = TokenApi.Client(Fixture, tokens.Access, "Bearerx");
        using var empty = Fixture.Factory.CreateClient();
        empty.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "bearer ");

        Assert.Equal(HttpStatusCode.Unauthorized, await TokenApi.MeAsync(basic));
        Assert.Equal(HttpStatusCode.Unauthorized, await TokenApi.MeAsync(empty));
    }
}
