namespace KpiTracker.Web.Hosting;

/// <summary>What this process runs: <c>web</c> (HTTP), <c>worker</c> (the Hangfire server) or <c>all</c> (both, the default).</summary>
internal sealed record HostRoles(bool RunsWeb, bool RunsWorker)
{
    public static HostRoles From(IConfiguration configuration) => (configuration["role"] ?? configuration["Kpi:Role"] ?? "all").ToLowerInvariant() switch
    {
        "web" => new(true, false),
        "worker" => new(false, true),
        "all" or "both" => new(true, true),
        var other => throw new InvalidOperationException($"Unknown role '{other}': use web, worker or all (--role or Kpi:Role)."),
    };
}
