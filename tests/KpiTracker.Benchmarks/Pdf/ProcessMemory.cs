using System.Globalization;

namespace KpiTracker.Benchmarks.Pdf;

/// <summary>Proportional set size (PSS, shared pages divided among the processes sharing them) from /proc/&lt;pid&gt;/smaps_rollup.</summary>
public static class ProcessMemory
{
    /// <summary>PSS of one process in bytes, or 0 when it is gone.</summary>
    public static long Pss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps_rollup"))
            {
                if (line.StartsWith("Pss:", StringComparison.Ordinal))
                {
                    return long.Parse(line[4..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    /// <summary>Every live process below <paramref name="root"/> whose command name starts with <paramref name="comm"/>.</summary>
    public static List<int> Descendants(int root, string comm)
    {
        var parents = new Dictionary<int, int>();
        var names = new Dictionary<int, string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                names[pid] = stat[(stat.IndexOf('(', StringComparison.Ordinal) + 1)..close];
                parents[pid] = int.Parse(stat[(close + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
            }
        }

        var result = new List<int>();
        foreach (var pid in parents.Keys)
        {
            for (var p = parents[pid]; p > 1; p = parents.GetValueOrDefault(p))
            {
                if (p == root)
                {
                    if (names[pid].StartsWith(comm, StringComparison.Ordinal))
                    {
                        result.Add(pid);
                    }

                    break;
                }
            }
        }

        return result;
    }

    /// <summary>Samples a measure every few milliseconds on a background thread and keeps the largest value.</summary>
    public sealed class PeakSampler : IDisposable
    {
        private readonly Func<long> _measure;
        private readonly Thread _thread;
        private volatile bool _stop;

        public PeakSampler(Func<long> measure, int intervalMs = 5)
        {
            _measure = measure;
            _thread = new Thread(() =>
            {
                while (!_stop)
                {
                    Peak = Math.Max(Peak, _measure());
                    Thread.Sleep(intervalMs);
                }
            }) { IsBackground = true };
            _thread.Start();
        }

        public long Peak { get; private set; }

        public long Stop()
        {
            _stop = true;
            _thread.Join();
            Peak = Math.Max(Peak, _measure());
            return Peak;
        }

        public void Dispose() => Stop();
    }
}
