using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace KpiTracker.BrowserTests.Infrastructure;

/// <summary>
/// The real host on a real Kestrel port (<see cref="WebApplicationFactory{TEntryPoint}.UseKestrel(int)"/>), on a migrated test
/// database, running web and jobs together (role <c>all</c>) so decisions reach the scorecard through the real score job.
/// Start-up seeds the defaults and the demo accounts and collection, exactly as <c>deploy/local.sh run</c> does.
/// </summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>
{
    public const string DemoPassword = "browser-journeys-in-muscat-2026";

    private readonly string _app;
    private readonly string _owner;

    private readonly ServerLog _log;

    public BrowserAppFactory(string app, string owner, ServerLog log)
    {
        _app = app;
        _owner = owner;
        _log = log;
        UseKestrel(0);
    }

    /// <summary>The evidence folder of this host, deleted with it.</summary>
    public string StoragePath { get; } = Path.Combine(Path.GetTempPath(), $"kpi-browser-storage-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // The web project's own folder, so its wwwroot (stylesheets, scripts) is served as in production.
        builder.UseSolutionRelativeContentRoot(Path.Combine("src", "KpiTracker.Web"), "KpiTracker.sln");
        // Outside Development the build's compressed variants (obj/…/compressed) are found only through the static web
        // assets manifest; without it a browser asking for gzip gets nothing it can use.
        builder.UseStaticWebAssets();
        builder.UseSetting("ConnectionStrings:Kpi", _app);
        builder.UseSetting("ConnectionStrings:KpiOwner", _owner);
        builder.UseSetting("Kpi:MigrateOnStart", "false");
        builder.UseSetting("Kpi:Role", "all");
        builder.UseSetting("Kpi:SeedDefaults", "true");
        builder.UseSetting("Kpi:SeedDemoData", "true");
        builder.UseSetting("Kpi:DemoPassword", DemoPassword);
        builder.UseSetting("Kpi:Storage:Path", StoragePath);
        builder.UseSetting("Kpi:SignInRateLimit:PermitPerMinute", "100000");
        builder.ConfigureLogging(logging => logging.AddProvider(_log));
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
