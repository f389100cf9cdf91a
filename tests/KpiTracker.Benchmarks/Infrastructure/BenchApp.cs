using KpiTracker.Application.Data;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Benchmarks.Infrastructure;

/// <summary>
/// The real KpiTracker host, in process, on a benchmark database, connected as the application role. <paramref name="role"/>
/// is <c>web</c> (no Hangfire server: nothing runs behind the benchmark's back) or <c>all</c> (the worker runs in process,
/// for the decision-to-scorecard latency).
/// </summary>
public sealed class BenchApp(BenchDatabase database, string role) : WebApplicationFactory<global::Program>
{
    static BenchApp()
    {
        // WebApplicationFactory finds the host's content root through this variable (it would otherwise look for a folder
        // named after the assembly beside the solution file).
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KPITRACKER_WEB", Path.Combine(BenchmarkMain.RepositoryRoot(), "src", "KpiTracker.Web"));
    }

    private readonly string _storage = Path.Combine(Path.GetTempPath(), $"kpi-bench-storage-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:Kpi", database.AppConnectionString);
        builder.UseSetting("ConnectionStrings:KpiOwner", database.OwnerConnectionString);
        builder.UseSetting("Kpi:MigrateOnStart", "false");
        builder.UseSetting("Kpi:SeedDefaults", "false");
        builder.UseSetting("Kpi:Role", role);
        builder.UseSetting("Kpi:Storage:Path", _storage);
        // The JSON console log of a production host would drown the results; warnings and errors still show.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Hangfire", "Warning");
    }

    /// <summary>Sends a message as the system (no HTTP request: no user, every permission), as the jobs do.</summary>
    public async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_storage))
        {
            Directory.Delete(_storage, recursive: true);
        }
    }
}
