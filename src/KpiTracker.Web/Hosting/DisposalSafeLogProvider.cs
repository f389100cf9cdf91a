using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace KpiTracker.Web.Hosting;

/// <summary>
/// Hangfire's log provider is process-wide and its classes keep their loggers in static fields. When a host stops while
/// another keeps running in the same process (the integration tests), those loggers point at a disposed logger factory,
/// and enqueuing a job then fails (an attribute's constructor asks for a logger). Logging to a disposed factory is dropped instead.
/// </summary>
internal sealed class DisposalSafeLogProvider(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return new SafeLog(_inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return new SafeLog(null);
        }
    }

    private sealed class SafeLog(ILog? inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner?.Log(logLevel, messageFunc, exception) ?? false;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }
}
