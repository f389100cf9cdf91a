using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Common.Auditing;

/// <summary>
/// How many refused accesses of one user (or, signed out, one address) are written in full in one minute of the
/// application's clock: the first <see cref="AuditOptions.RefusalsPerMinute"/>; the rest are only counted, and the count is
/// written as one summary record once the minute has ended (with that user's next refusal, or by
/// <see cref="RefusalSummaryFlusher"/> within half a minute, or when the process stops). So one caller cannot make the
/// application write hundreds of records a second under the chain's lock. Each process counts its own refusals.
/// </summary>
public sealed class RefusalBudget(IOptions<AuditOptions> options, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);

    /// <summary>Whether this refusal is written in full, and the summary of the caller's earlier minute if that minute has ended.</summary>
    public (bool InFull, AuditEntry? Summary) Admit(AuditEntry refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        var minute = Minute(clock.GetUtcNow());
        var key = refusal.UserId?.ToString() ?? $"address:{refusal.ClientAddress}";
        while (true)
        {
            var window = _windows.GetOrAdd(key, _ => new Window(refusal, minute));
            lock (window)
            {
                // Forgotten by TakeEnded meanwhile: count in the window that replaces it.
                if (!_windows.TryGetValue(key, out var current) || !ReferenceEquals(current, window))
                {
                    continue;
                }

                var summary = window.Minute != minute ? window.Restart(refusal, minute) : null;
                var inFull = window.Written < Math.Max(1, options.Value.RefusalsPerMinute);
                _ = inFull ? window.Written++ : window.Suppressed++;
                return (inFull, summary);
            }
        }
    }

    /// <summary>Takes the summaries of the minutes that have ended (all of them when <paramref name="all"/>), forgetting idle callers.</summary>
    public List<AuditEntry> TakeEnded(bool all = false)
    {
        var minute = Minute(clock.GetUtcNow());
        var summaries = new List<AuditEntry>();
        foreach (var (key, window) in _windows)
        {
            lock (window)
            {
                if (!all && window.Minute == minute)
                {
                    continue;
                }

                if (window.Restart(window.Caller, minute) is { } summary)
                {
                    summaries.Add(summary);
                }

                _windows.TryRemove(KeyValuePair.Create(key, window));
            }
        }

        return summaries;
    }

    private static DateTimeOffset Minute(DateTimeOffset time) => new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);

    private sealed class Window(AuditEntry caller, DateTimeOffset minute)
    {
        public AuditEntry Caller { get; private set; } = caller;

        public DateTimeOffset Minute { get; private set; } = minute;

        public int Written { get; set; }

        public int Suppressed { get; set; }

        /// <summary>Starts a new minute; returns the summary of the one that ended, when refusals in it went unwritten.</summary>
        public AuditEntry? Restart(AuditEntry caller, DateTimeOffset minute)
        {
            AuditEntry? summary = null;
            if (Suppressed > 0)
            {
                summary = new AuditEntry
                {
                    UserId = Caller.UserId, UserName = Caller.UserName, Role = Caller.Role, ClientAddress = Caller.ClientAddress,
                    Action = RefusalAudit.Action, Entity = "access",
                    NewValues = JsonSerializer.Serialize(new
                    {
                        outcome = "summary", count = Suppressed, written = Written,
                        from = Minute.ToString("O", CultureInfo.InvariantCulture), to = Minute.AddMinutes(1).ToString("O", CultureInfo.InvariantCulture),
                    }),
                };
            }

            (Caller, Minute, Written, Suppressed) = (caller, minute, 0, 0);
            return summary;
        }
    }
}
