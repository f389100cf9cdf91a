using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Setup.SeedDefaults;
using KpiTracker.Application.Features.Setup.SeedDemoCollection;
using KpiTracker.Application.Features.Setup.SeedDemoData;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Web.Hosting;

/// <summary>The database before the app serves: migrations and seeding, at start (as <c>Kpi</c> options ask) or from the CLI.</summary>
internal static class DatabaseSetup
{
    public static string MigrationsAssembly => typeof(Migrations.DesignTimeFactory).Assembly.GetName().Name!;

    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        var options = app.Configuration.GetSection(KpiOptions.Section).Get<KpiOptions>() ?? new KpiOptions();
        if (options.MigrateOnStart)
        {
            await MigrateAsync(app.Services, app.Configuration);
        }

        if (options.SeedDefaults || options.SeedDemoData)
        {
            await SeedDefaultsAsync(app.Services);
        }

        if (options.SeedDemoData)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var password = options.DemoPassword
                ?? throw new InvalidOperationException("Kpi:SeedDemoData is on but Kpi:DemoPassword is not set (deploy/local.sh run sets it from KPI_DEMO_PASSWORD).");
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SeedDemoDataCommand(password));
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SeedDemoCollectionCommand());
        }
    }

    /// <summary>Migrations run as the schema owner (ConnectionStrings:KpiOwner when set); the app itself connects as a role that cannot alter the audit log.</summary>
    public static async Task MigrateAsync(IServiceProvider services, IConfiguration configuration)
    {
        var owner = configuration.GetConnectionString("KpiOwner") ?? configuration.GetConnectionString("Kpi")!;
        var options = new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(owner, o => o.MigrationsAssembly(MigrationsAssembly)).Options;
        await using var db = new AppDbContext(options);
        await db.Database.ExecuteSqlRawAsync(HistoryColumnsToSnakeCase);
        await db.Database.MigrateAsync();
        await JobsHosting.InstallSchemaAsync(owner);
    }

    /// <summary>
    /// EF's migrations history table follows the model's snake-case naming (EFCore.NamingConventions), but databases created
    /// before that convention was adopted keep EF's own column names, which EF can then not read ("migration_id does not
    /// exist"). Renamed once, before EF reads the table; a database already in snake case, or a new one, is left alone.
    /// </summary>
    internal const string HistoryColumnsToSnakeCase = """
        DO $$
        BEGIN
          IF EXISTS (SELECT 1 FROM information_schema.columns
                     WHERE table_schema = current_schema() AND table_name = '__EFMigrationsHistory' AND column_name = 'MigrationId') THEN
            ALTER TABLE "__EFMigrationsHistory" RENAME COLUMN "MigrationId" TO migration_id;
            ALTER TABLE "__EFMigrationsHistory" RENAME COLUMN "ProductVersion" TO product_version;
          END IF;
        END $$;
        """;

    public static async Task<SeedDefaultsResult> SeedDefaultsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new SeedDefaultsCommand());
    }
}
