using System.Net;
using System.Text;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace KpiTracker.IntegrationTests.Features.Accounts;

/// <summary>Sign-in attempts are counted per user name and per client address, two partitions with their own budgets (#20 item 8).</summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class SignInRateLimitTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task One_name_is_limited_whatever_the_address_and_other_names_go_on()
    {
        await using var limited = Limited();

        var statuses = new List<int>();
        for (var i = 1; i <= 4; i++)
        {
            statuses.Add(await AttemptAsync(limited, $"10.1.0.{i}", "victim.r"));
        }

        Assert.Equal([401, 401, 401, 429], statuses);
        Assert.Equal(401, await AttemptAsync(limited, "10.1.0.1", "someone.else.r"));
    }

    [Fact]
    public async Task One_address_spraying_names_is_limited_and_other_addresses_go_on()
    {
        await using var limited = Limited();

        var statuses = new List<int>();
        for (var i = 1; i <= 6; i++)
        {
            statuses.Add(await AttemptAsync(limited, "10.2.0.9", $"sprayed.{i}"));
        }

        Assert.Equal([401, 401, 401, 401, 401, 429], statuses);
        Assert.Equal(401, await AttemptAsync(limited, "10.2.0.10", "sprayed.7"));
    }

    private KpiAppFactory Limited() => new(Fixture.ConnectionString, Fixture.OwnerConnectionString, signInPermitPerMinute: 3,
        settings: new Dictionary<string, string> { ["Kpi:SignInRateLimit:AddressPermitPerMinute"] = "5" });

    /// <summary>Posts a sign-in as a client at <paramref name="address"/> (the address the server sees on the connection).</summary>
    private static async Task<int> AttemptAsync(KpiAppFactory factory, string address, string userName)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"userName":"{{userName}}","password":"whatever-it-is"}""");
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Post;
            c.Request.Scheme = "http";
            c.Request.Host = new HostString("localhost");
            c.Request.Path = "/api/auth/token";
            c.Request.ContentType = "application/json";
            c.Request.ContentLength = body.Length;
            c.Request.Body = new MemoryStream(body);
            c.Connection.RemoteIpAddress = IPAddress.Parse(address);
        });
        return context.Response.StatusCode;
    }
}
