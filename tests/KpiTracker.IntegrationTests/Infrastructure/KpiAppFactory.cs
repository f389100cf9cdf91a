using KpiTracker.Application.Features.Accounts;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Infrastructure;

/// <summary>
/// The real host over HTTP on a test database, connected as the application role; migrations run as the owner.
/// Start-up migration and seeding are left to the fixture. <paramref name="role"/> is <c>web</c>, <c>worker</c> or <c>all</c>;
/// <paramref name="settings"/> override the test defaults (a test of start-up itself turns migration and seeding on).
/// </summary>
public sealed class KpiAppFactory(
    string connectionString, string? ownerConnectionString = null, int signInPermitPerMinute = 100_000, string role = "web", IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public string ConnectionString { get; } = connectionString;

    public string OwnerConnectionString { get; } = ownerConnectionString ?? connectionString;

    /// <summary>The application's clock (deadlines, audit times); tests move it. Bearer tokens keep the real clock.</summary>
    public TestClock Clock { get; } = new();

    /// <summary>The clock sessions are opened and checked on (absolute lifetime); tests of sessions move it.</summary>
    public TestClock SessionClock { get; } = new();

    /// <summary>The evidence folder of this host: a temporary folder of its own, deleted with the factory.</summary>
    public string StoragePath { get; } = Path.Combine(Path.GetTempPath(), $"kpi-storage-{Guid.NewGuid():N}");

    /// <summary>The audit MAC key of every host of this test run (made afresh for each run; no key is committed).</summary>
    public static string AuditMacKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Kpi", ConnectionString);
        builder.UseSetting("ConnectionStrings:KpiOwner", OwnerConnectionString);
        builder.UseSetting("Kpi:MigrateOnStart", "false");
        // Only the job tests run the Hangfire server (WorkerDatabaseFixture); the rest enqueue and nothing picks jobs up.
        builder.UseSetting("Kpi:Role", role);
        builder.UseSetting("Kpi:SeedDefaults", "false");
        builder.UseSetting("Kpi:Storage:Path", StoragePath);
        builder.UseSetting("Kpi:Audit:MacKey", AuditMacKey);
        builder.UseSetting("Kpi:SignInRateLimit:PermitPerMinute", signInPermitPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        // Bearer tokens are issued and checked on the real clock, and sessions on a clock of their own, so moving the business
        // clock never expires a test's sign-in.
        builder.ConfigureServices(services => services
            .AddSingleton<TimeProvider>(Clock)
            .PostConfigure<BearerTokenOptions>(IdentityConstants.BearerScheme, o => o.TimeProvider = TimeProvider.System)
            .PostConfigure<SessionOptions>(o => o.TimeProvider = SessionClock));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(StoragePath))
        {
            Directory.Delete(StoragePath, recursive: true);
        }
    }
}
