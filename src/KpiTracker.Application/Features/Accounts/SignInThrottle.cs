using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Features.Accounts;

/// <summary>How many attempts a minute: <c>Kpi:SignInRateLimit</c>.</summary>
public sealed class SignInThrottleOptions
{
    public const string Section = "Kpi:SignInRateLimit";

    /// <summary>Sign-in attempts for one user name (from any address), and password changes of one user.</summary>
    public int PermitPerMinute { get; set; } = 20;

    /// <summary>Sign-in attempts from one client address (for any names); five times <see cref="PermitPerMinute"/> when unset.</summary>
    public int? AddressPermitPerMinute { get; set; }
}

/// <summary>
/// Attempts to sign in are counted in two partitions, each with its own budget: per user name (from any address), so one
/// account cannot be guessed at quickly however many addresses try, and per client address (for any names), so one address
/// cannot spray many names; the address budget is larger, since a ministry's users may share one address. An attempt goes
/// ahead only when both allow it. Lockout (5 failures, 15 minutes) protects each account whatever the address. Only the
/// attempts count (the command's, which only a POST sends), never the sign-in page itself. Password changes are counted per
/// user, refresh tokens per address and token. The count is this node's (each node keeps its own).
/// </summary>
internal sealed partial class SignInThrottle(IOptions<SignInThrottleOptions> options, IHttpContextAccessor http, ILogger<SignInThrottle> logger) : IDisposable
{
    private const string AddressPrefix = "address|";

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, key.StartsWith(AddressPrefix, StringComparison.Ordinal)
                ? options.Value.AddressPermitPerMinute ?? 5 * options.Value.PermitPerMinute
                : options.Value.PermitPerMinute),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    private IPAddress Address => http.HttpContext?.Connection.RemoteIpAddress ?? IPAddress.None;

    /// <summary>A sign-in attempt: null when it may go ahead; otherwise the refusal (429) in the caller's language.</summary>
    public AppError? Attempt(string account)
    {
        // A name longer than any account's is cut: the partition's key stays small whatever is sent.
        var name = account.Trim().ToUpperInvariant();
        name = name.Length > 300 ? name[..300] : name;
        return Acquire(AddressPrefix + Address, account) ?? Acquire("name|" + name, account);
    }

    /// <summary>A refresh token's attempts, per address and a hash of the token (never the token itself).</summary>
    public AppError? AttemptRefresh(string refreshToken) =>
        Acquire($"refresh|{Address}|{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(refreshToken)), 0, 8)}", "refresh token");

    /// <summary>A password change by one user (a wrong current password is a guess like a failed sign-in).</summary>
    public AppError? AttemptPasswordChange(Guid userId) => Acquire($"password|{userId}", userId.ToString());

    public void Dispose() => _limiter.Dispose();

    private AppError? Acquire(string key, string account)
    {
        using var lease = _limiter.AttemptAcquire(key);
        if (lease.IsAcquired)
        {
            return null;
        }

        Throttled(logger, Address, IdentityText.ForAudit(account), key[..key.IndexOf('|', StringComparison.Ordinal)]);
        return new AppError(ErrorKind.TooManyRequests, "rate_limited", Messages.Get("rate_limited"), []);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Attempts from {Address} for {Account} are over the {Partition} limit; refused with 429.")]
    private static partial void Throttled(ILogger logger, IPAddress address, string account, string partition);
}
