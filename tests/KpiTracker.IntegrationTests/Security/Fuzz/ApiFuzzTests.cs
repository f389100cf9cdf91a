using System.Text;
using CsCheck;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace KpiTracker.IntegrationTests.Security.Fuzz;

/// <summary>
/// Property: whatever is sent to any API route, by any role or nobody, the answer is never a server error, and a refusal (any
/// 4xx) leaves the database exactly as it was. Requests are generated over every route the host maps (<see cref="FuzzInputs"/>);
/// the seed of a failing run is printed so it can be replayed (KPI_FUZZ_SEED), and KPI_FUZZ_CASES raises the count.
/// </summary>
public sealed class ApiFuzzTests(DatabaseFixture fixture, ITestOutputHelper output) : CollectionTest(fixture)
{
    private const int DefaultCases = 2000;

    [Fact]
    public async Task No_request_gets_a_server_error_and_no_refusal_changes_the_database()
    {
        var routes = ApiRoutes();
        var admin = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("admin.fuzz", (Role.Administrator, null, null)), "en");
        HttpClient[] callers = [Client, Owner, Reviewer, Viewer, Auditor, admin, Anonymous];
        var userIds = await Fixture.WithDbAsync(db => db.Users.Where(u => u.UserName != "central.test" && u.UserName != "admin.fuzz").Select(u => u.Id.ToString()).ToListAsync());
        var changes = new ChangeLog(Fixture.OwnerConnectionString);
        await changes.InstallAsync();
        var failures = new List<string>();
        try
        {
            var cases = int.TryParse(Environment.GetEnvironmentVariable("KPI_FUZZ_CASES"), out var n) ? n : DefaultCases;
            await FuzzInputs.Cases(routes, userIds, callers.Length).SampleAsync(
                async fuzz =>
                {
                    var failure = await CheckAsync(callers[fuzz.Caller], fuzz, changes);
                    if (failure is not null)
                    {
                        failures.Add(failure);
                        throw new InvalidOperationException(failure);
                    }
                },
                writeLine: output.WriteLine,
                seed: Environment.GetEnvironmentVariable("KPI_FUZZ_SEED"),
                iter: cases,
                threads: 1);
        }
        catch (Exception e) when (failures.Count > 0)
        {
            Assert.Fail($"{failures.Count} failing requests; first ones:\n{string.Join("\n", failures.Distinct().Take(25))}\n\n{e.Message}");
        }
        finally
        {
            admin.Dispose();
            await changes.RemoveAsync();
        }

        output.WriteLine($"{routes.Count} routes");
    }

    private static async Task<string?> CheckAsync(HttpClient client, FuzzCase fuzz, ChangeLog changes)
    {
        var (before, _) = await changes.ReadAsync();
        using var request = new HttpRequestMessage(new HttpMethod(fuzz.Method), new Uri(fuzz.Path, UriKind.Relative));
        if (fuzz.Body is not null)
        {
            request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(fuzz.Body));
            request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
        }

        if (fuzz.IfMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", fuzz.IfMatch);
        }

        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            var body = await response.Content.ReadAsStringAsync();
            return $"{status} for {fuzz}: {(body.Length > 400 ? body[..400] : body)}";
        }

        if (status >= 400)
        {
            // Every refusal says why, with a code a client can act on (a bare 401 challenge names its scheme instead).
            var answer = await response.Content.ReadAsStringAsync();
            if (status != 401 && !answer.Contains("\"code\":", StringComparison.Ordinal))
            {
                return $"{status} without a code for {fuzz}: {(answer.Length > 200 ? answer[..200] : answer)}";
            }

            var (_, changed) = await changes.ReadAsync(before);
            if (changed.Length > 0 && !CountsTowardLockout(fuzz, changed))
            {
                return $"{status} refused but changed {changed}: {fuzz}";
            }
        }

        return null;
    }

    /// <summary>
    /// The one change a refusal makes on purpose: a wrong password (at sign-in, or as the current password of a change) counts
    /// toward the account's lockout, on the account's own row.
    /// </summary>
    private static bool CountsTowardLockout(FuzzCase fuzz, string changed) =>
        changed == "users:UPDATE" && fuzz.Method == "POST" && (fuzz.Path.StartsWith("/api/auth/token", StringComparison.Ordinal) || fuzz.Path.StartsWith("/api/me/password", StringComparison.Ordinal));

    /// <summary>Every API route the host maps, with each of its methods.</summary>
    private List<(string Method, string Pattern)> ApiRoutes() =>
    [
        .. Fixture.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e.RoutePattern.RawText!)))
            .Distinct()
            .OrderBy(r => r.Item2, StringComparer.Ordinal).ThenBy(r => r.m, StringComparer.Ordinal),
    ];
}
