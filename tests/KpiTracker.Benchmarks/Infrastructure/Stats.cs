using System.Globalization;

namespace KpiTracker.Benchmarks.Infrastructure;

public static class Stats
{
    /// <summary>The p-th percentile (0–100) by the nearest-rank method.</summary>
    public static double Percentile(IReadOnlyCollection<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public static double Median(IReadOnlyCollection<double> values) => Percentile(values, 50);

    public static string Ms(double ms) => ms.ToString(ms < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + " ms";

    public static string Mb(long bytes) => (bytes / 1024d / 1024d).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public static string Ratio(double x) => x.ToString(x < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + "×";

    /// <summary>The 1-minute load average (the machine is shared; see docs/PERFORMANCE.md).</summary>
    public static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    public static void Line(string text) => Console.WriteLine(text);
}
