using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Features.Excel;

/// <summary>How many template imports and checks one user may send a minute: <c>Kpi:ImportRateLimit</c>.</summary>
public sealed class ImportThrottleOptions
{
    public const string Section = "Kpi:ImportRateLimit";

    public int PermitPerMinute { get; set; } = 10;
}

/// <summary>
/// Imports are the heaviest thing a user can ask for (a workbook read, checked and written), so each user has a budget a minute,
/// whatever the path (API or page): past it the import is refused with 429 before the file is read. Each node counts its own.
/// </summary>
internal sealed partial class ImportThrottle(IOptions<ImportThrottleOptions> options, ILogger<ImportThrottle> logger) : IDisposable
{
    private readonly PartitionedRateLimiter<Guid> _perUser = PartitionedRateLimiter.Create<Guid, Guid>(user =>
        RateLimitPartition.GetFixedWindowLimiter(user, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.PermitPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when the import may go ahead (the system's own imports are never counted); otherwise the refusal in the caller's language.</summary>
    public AppError? Attempt(Guid? user)
    {
        if (user is not { } id)
        {
            return null;
        }

        using var lease = _perUser.AttemptAcquire(id);
        if (lease.IsAcquired)
        {
            return null;
        }

        Throttled(logger, id);
        return new AppError(ErrorKind.TooManyRequests, "rate_limited", Messages.Get("rate_limited"), []);
    }

    public void Dispose() => _perUser.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Template imports of user {User} are over the limit; refused with 429.")]
    private static partial void Throttled(ILogger logger, Guid user);
}
