using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiTracker.IntegrationTests.Infrastructure;

/// <summary>The real host over HTTP, on a test database; start-up migration and seeding are left to the fixture.</summary>
public sealed class KpiAppFactory(string connectionString) : WebApplicationFactory<Program>
{
    public string ConnectionString { get; } = connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Kpi", ConnectionString);
        builder.UseSetting("Kpi:MigrateOnStart", "false");
        builder.UseSetting("Kpi:SeedDefaults", "false");
    }
}
