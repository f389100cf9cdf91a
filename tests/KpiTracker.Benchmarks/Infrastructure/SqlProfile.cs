using System.Diagnostics;

namespace KpiTracker.Benchmarks.Infrastructure;

/// <summary>
/// A light profile of the database side: counts the SQL commands Npgsql runs (its "Npgsql" ActivitySource) and the time they
/// were open, so a step's time splits into database round trips and the rest. Commits and connection opens are not commands.
/// </summary>
public sealed class SqlProfile : IDisposable
{
    private readonly ActivityListener _listener;
    private long _commands;
    private long _ticks;

    public SqlProfile()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "Npgsql",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = a =>
            {
                Interlocked.Increment(ref _commands);
                Interlocked.Add(ref _ticks, a.Duration.Ticks);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Runs a step and returns its wall time, the SQL commands it ran and their time.</summary>
    public async Task<(double Ms, long Commands, double InCommandsMs)> MeasureAsync(Func<Task<int>> step)
    {
        Interlocked.Exchange(ref _commands, 0);
        Interlocked.Exchange(ref _ticks, 0);
        var clock = Stopwatch.StartNew();
        await step();
        var ms = clock.Elapsed.TotalMilliseconds;
        return (ms, Interlocked.Read(ref _commands), TimeSpan.FromTicks(Interlocked.Read(ref _ticks)).TotalMilliseconds);
    }

    /// <summary>Prints one table row per step.</summary>
    public static async Task PrintAsync(params (string Name, Func<Task<int>> Step)[] steps)
    {
        using var profile = new SqlProfile();
        Stats.Line("");
        Stats.Line("| Profile (one pass each) | wall time | SQL commands | time inside SQL commands | rest (EF, engine, hashing, waits) |");
        Stats.Line("|---|---|---|---|---|");
        foreach (var (name, step) in steps)
        {
            var (ms, commands, inCommands) = await profile.MeasureAsync(step);
            Stats.Line($"| {name} | {Stats.Ms(ms)} | {commands} | {Stats.Ms(inCommands)} | {Stats.Ms(ms - inCommands)} |");
        }
    }

    public void Dispose() => _listener.Dispose();
}
