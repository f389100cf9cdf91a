namespace KpiTracker.Web.Hosting;

/// <summary>The <c>Kpi</c> configuration section.</summary>
public sealed class KpiOptions
{
    public const string Section = "Kpi";

    /// <summary>What this process runs: <c>web</c>, <c>worker</c> or <c>all</c> (default); <c>--role</c> on the command line wins.</summary>
    public string Role { get; set; } = "all";

    /// <summary>Apply pending EF migrations when the host starts (the default of <c>deploy/local.sh run</c>).</summary>
    public bool MigrateOnStart { get; set; }

    /// <summary>Ensure the 11 governorates and the default framework edition exist at start-up (idempotent).</summary>
    public bool SeedDefaults { get; set; } = true;

    /// <summary>Seed demo accounts and data for trying the product; never in production.</summary>
    public bool SeedDemoData { get; set; }

    /// <summary>The demo accounts' password; set only by <c>deploy/local.sh run</c> (KPI_DEMO_PASSWORD).</summary>
    public string? DemoPassword { get; set; }
}
