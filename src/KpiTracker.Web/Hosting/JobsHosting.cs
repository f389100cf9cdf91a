using Hangfire;
using Hangfire.PostgreSql;
using KpiTracker.Application.Jobs;
using KpiTracker.Web.Security;
using Npgsql;

namespace KpiTracker.Web.Hosting;

/// <summary>
/// Hangfire on PostgreSQL in its own schema, tuned to react within a second or two (docs/JOBS.md says why). Every host can
/// enqueue; only a host in the <c>worker</c> role (or <c>all</c>) runs the server and registers the recurring schedules.
/// </summary>
internal static class JobsHosting
{
    public const string Schema = "hangfire";

    public static void AddKpiJobs(this WebApplicationBuilder builder, string connectionString)
    {
        var role = HostRoles.From(builder.Configuration);
        // The storage is this host's own singleton, not Hangfire's static JobStorage.Current: several hosts in one process
        // (the integration tests) must each talk to their own database.
        var options = StorageOptions();
        // Kpi:Jobs:InvisibilityTimeout: how soon a job of a killed worker is handed out again (the crash test shortens it).
        if (TimeSpan.TryParse(builder.Configuration["Kpi:Jobs:InvisibilityTimeout"], System.Globalization.CultureInfo.InvariantCulture, out var invisibility) && invisibility > TimeSpan.Zero)
        {
            options.InvisibilityTimeout = invisibility;
        }

        builder.Services.AddSingleton<JobStorage>(new PostgreSqlStorage(new Hangfire.PostgreSql.Factories.NpgsqlConnectionFactory(connectionString, options), options));
        builder.Services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new DisposalSafeLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        if (role.RunsWorker)
        {
            // The server gets this host's own activator: Hangfire's default falls back to the process-wide JobActivator.Current,
            // which with several hosts in one process (the integration tests) is whichever host configured Hangfire last.
            builder.Services.AddHangfireServer((sp, o) =>
            {
                o.Queues = JobQueues.All;
                o.WorkerCount = Math.Clamp(Environment.ProcessorCount * 2, 2, 8);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(5);
                o.ServerCheckInterval = TimeSpan.FromSeconds(30);
                o.ServerTimeout = TimeSpan.FromMinutes(2);
                o.Activator = new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>());
            });
            builder.Services.AddHostedService<RecurringJobsRegistration>();
        }
    }

    /// <summary>Quick reaction: 1 s queue poll, sliding 5 min invisibility (a dead worker's job comes back within minutes, a live one keeps it), 30 s lock wait.</summary>
    public static PostgreSqlStorageOptions StorageOptions() => new()
    {
        SchemaName = Schema,
        PrepareSchemaIfNecessary = false,
        QueuePollInterval = TimeSpan.FromSeconds(1),
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = TimeSpan.FromMinutes(5),
        DistributedLockTimeout = TimeSpan.FromSeconds(30),
    };

    /// <summary>Creates or upgrades the Hangfire schema as the owner and lets the application role use it (called by <c>migrate</c>).</summary>
    public static async Task InstallSchemaAsync(string ownerConnectionString, string appRole = "kpi_app")
    {
        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync();
        PostgreSqlObjectsInstaller.Install(connection, Schema);
        var grants = $"""
            DO $$ BEGIN
              IF EXISTS (SELECT FROM pg_roles WHERE rolname = '{appRole}') THEN
                GRANT USAGE ON SCHEMA {Schema} TO {appRole};
                GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {Schema} TO {appRole};
                GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {Schema} TO {appRole};
                ALTER DEFAULT PRIVILEGES IN SCHEMA {Schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {appRole};
                ALTER DEFAULT PRIVILEGES IN SCHEMA {Schema} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {appRole};
              END IF;
            END $$;
            """;
        await using var command = new NpgsqlCommand(grants, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The dashboard at /jobs, for administrators and the central team only.</summary>
    public static void MapJobsDashboard(this WebApplication app) =>
        app.MapHangfireDashboard("/jobs", new DashboardOptions { Authorization = [], DisplayStorageConnectionString = false, AppPath = "/" })
            .RequireAuthorization(SecurityServices.CentralOrAdmin);
}
