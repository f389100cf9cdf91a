using System.Globalization;

namespace KpiTracker.Benchmarks.Infrastructure;

/// <summary>
/// Processor time spent during a step, on both sides of the connection: this process (every thread: ours, Npgsql's, the GC's) and
/// the PostgreSQL server's processes, read from Linux's /proc (user + system time of every process named "postgres"). With two cores
/// both sides compete for the same processors, so their sum says how much work a step is, whatever the overlap. The server's figure
/// is only meaningful for a server on this machine with nothing else named postgres busy; elsewhere it reads as 0.
/// </summary>
public readonly record struct CpuTime(double OursMs, double ServerMs)
{
    public static CpuTime Now() => new(Environment.CpuUsage.TotalTime.TotalMilliseconds, ServerNowMs());

    public static CpuTime operator -(CpuTime after, CpuTime before) => new(after.OursMs - before.OursMs, after.ServerMs - before.ServerMs);

    private static double ServerNowMs()
    {
        double ticks = 0;
        if (!Directory.Exists("/proc"))
        {
            return 0;
        }

        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!char.IsAsciiDigit(Path.GetFileName(dir)[0]))
            {
                continue;
            }

            try
            {
                // /proc/PID/stat: "PID (comm) state …", utime and stime are the 14th and 15th fields (clock ticks).
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                if (close < 0 || !stat.AsSpan(0, close).Contains("(postgres", StringComparison.Ordinal))
                {
                    continue;
                }

                var fields = stat[(close + 2)..].Split(' ');
                ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while it was read, or is not ours to read.
            }
        }

        // Linux reports in clock ticks of 1/100 s (USER_HZ) on every architecture .NET runs on.
        return ticks * 10;
    }
}
