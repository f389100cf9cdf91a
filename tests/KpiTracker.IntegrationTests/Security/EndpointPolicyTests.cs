using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Security;

/// <summary>Every endpoint states its authorization: a policy, or an anonymous access that is on the reviewed list below.</summary>
public sealed class EndpointPolicyTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    /// <summary>Reviewed: these may be reached without signing in.</summary>
    private static readonly string[] ReviewedAnonymous =
    [
        "/health/live", "/health/ready", "/openapi/{documentName}.json", "/scalar/{documentName?}", "/scalar/{**path}",
        "/api/auth/token", "/api/auth/refresh", "/culture", "/account/sign-in", "/not-found", "/forbidden",
        "/_framework/opaque-redirect", "/{**path:file}", "/identity/logo",
    ];

    [Fact]
    public void Every_endpoint_has_an_explicit_policy_or_a_reviewed_anonymous_access()
    {
        var endpoints = Fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);

        var missing = new List<string>();
        var anonymous = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var allowsAnonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var authorizes = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0 || endpoint.Metadata.GetMetadata<AuthorizationPolicy>() is not null;
            // Reviewed: MapStaticAssets' own fallback for files under wwwroot (public by nature, matches only paths with an extension).
            if (endpoint.DisplayName == "Fallback {**path:file}" && endpoint.Metadata.Any(m => m.GetType().Name == "FallbackMetadata"))
            {
                continue;
            }

            if (allowsAnonymous)
            {
                anonymous.Add(route);
            }
            else if (!authorizes)
            {
                missing.Add($"{endpoint.DisplayName} ({route}) [{string.Join(", ", endpoint.Metadata.Select(m => m.GetType().Name))}]");
            }
        }

        Assert.True(missing.Count == 0, "Endpoints without an authorization decision:\n" + string.Join("\n", missing));
        var unreviewed = anonymous.Where(r => !ReviewedAnonymous.Contains(r) && !IsStaticAsset(r)).Distinct().ToList();
        Assert.True(unreviewed.Count == 0, "Anonymous endpoints nobody reviewed:\n" + string.Join("\n", unreviewed));
    }

    [Fact]
    public void The_api_has_no_anonymous_route_but_the_sign_in_ones()
    {
        var endpoints = Fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

        var anonymousApi = endpoints
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) && e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(["/api/auth/refresh", "/api/auth/token"], anonymousApi);
    }

    private static bool IsStaticAsset(string route) => route.Contains('.', StringComparison.Ordinal) && !route.StartsWith("/api", StringComparison.Ordinal) && !route.Contains('{', StringComparison.Ordinal);
}
