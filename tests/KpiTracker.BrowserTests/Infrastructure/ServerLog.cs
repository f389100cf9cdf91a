using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace KpiTracker.BrowserTests.Infrastructure;

/// <summary>
/// Keeps the browser host's warnings and errors (with their exceptions) in memory and in <c>server.log</c> among the
/// artifacts, so a page that answers 500 in a browser test can be explained from the server's side.
/// </summary>
public sealed class ServerLog(string path) : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();
    private readonly Lock _file = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    /// <summary>The entries at error level or above, oldest first.</summary>
    public IReadOnlyList<string> Errors => [.. _entries];

    /// <summary>The last few error entries, for a failing assertion's message.</summary>
    public string Tail(int count = 5) => _entries.IsEmpty ? "(the server logged no error)" : string.Join("\n---\n", _entries.TakeLast(count));

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message, Exception? exception)
    {
        var entry = string.Create(CultureInfo.InvariantCulture, $"{DateTime.UtcNow:HH:mm:ss.fff} {level} {category}: {message}{(exception is null ? "" : "\n" + exception)}");
        if (level >= LogLevel.Error)
        {
            _entries.Enqueue(entry);
        }

        lock (_file)
        {
            File.AppendAllText(path, entry + Environment.NewLine);
        }
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Write(logLevel, category, formatter(state, exception), exception);
            }
        }
    }
}
