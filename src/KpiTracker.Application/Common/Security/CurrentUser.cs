using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Application.Common.Security;

/// <summary>
/// The acting user of the current scope. In a request it is the signed-in principal; outside a request
/// (jobs, CLI, start-up) it is the system unless a user was set explicitly with <see cref="ActAs"/>.
/// </summary>
// The DbContext is resolved on first use: the context's audit interceptor needs the current user, not the reverse.
internal sealed class CurrentUser(IHttpContextAccessor http, IServiceProvider services) : ICurrentUser
{
    private IReadOnlyList<Grant>? _grants;
    private (Guid Id, string Name)? _actingAs;

    public Guid? UserId => _actingAs?.Id ?? (Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null);

    public string? UserName => _actingAs?.Name ?? Principal?.Identity?.Name ?? (IsSystem ? "system" : null);

    public bool IsSystem => _actingAs is null && http.HttpContext is null;

    public bool IsAuthenticated => _actingAs is not null || Principal?.Identity?.IsAuthenticated == true;

    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    /// <summary>For code that acts for a user outside a request (tests, imports on behalf of someone).</summary>
    public void ActAs(Guid userId, string userName)
    {
        _actingAs = (userId, userName);
        _grants = null;
    }

    public async ValueTask<IReadOnlyList<Grant>> GetGrantsAsync(CancellationToken cancellationToken = default)
    {
        if (_grants is not null)
        {
            return _grants;
        }

        if (UserId is not { } userId || !IsAuthenticated)
        {
            return _grants = [];
        }

        var db = services.GetRequiredService<AppDbContext>();
        var rows = await db.Assignments.AsNoTracking()
            .Where(a => a.UserId == userId)
            .Select(a => new { a.Role, a.OrgUnitCode, a.IndicatorCode })
            .ToListAsync(cancellationToken);
        return _grants = [.. rows.Select(r => new Grant(r.Role, r.OrgUnitCode, r.IndicatorCode))];
    }
}
