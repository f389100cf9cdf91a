using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Features.Accounts;

/// <summary>How many sign-in (or refresh) attempts one account may make from one address in a minute: <c>Kpi:SignInRateLimit</c>.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Kpi:SignInRateLimit";

    public int PermitPerMinute { get; set; } = 20;
}

/// <summary>
/// Attempts to sign in are counted per client address AND account together, so a ministry's users behind one proxy do not
/// share one budget, while one address hammering one account is slowed; lockout (5 failures, 15 minutes) protects each
/// account whatever the address. Only the attempts count (the command's, which only a POST sends), never the sign-in page
/// itself. Refresh tokens are counted per address and token. The count is this node's (each node keeps its own).
/// </summary>
internal sealed partial class SignInThrottle(IOptions<SignInThrottleOptions> options, IHttpContextAccessor http, ILogger<SignInThrottle> logger) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, options.Value.PermitPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when the attempt may go ahead; otherwise the refusal (429) in the caller's language.</summary>
    public AppError? Attempt(string account)
    {
        var address = http.HttpContext?.Connection.RemoteIpAddress ?? IPAddress.None;
        var key = $"{address}|{account.Trim().ToUpperInvariant()}";
        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        Throttled(logger, address, account.Trim());
        return new AppError(ErrorKind.TooManyRequests, "rate_limited", Messages.Get("rate_limited"), []);
    }

    /// <summary>A refresh token's attempts, keyed by a hash of the token (never the token itself).</summary>
    public AppError? AttemptRefresh(string refreshToken) =>
        Attempt("refresh:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)), 0, 8));

    public void Dispose() => _limiter.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in attempts from {Address} for {Account} are over the limit; refused with 429.")]
    private static partial void Throttled(ILogger logger, IPAddress address, string account);
}
