using KpiTracker.Domain.Access;

namespace KpiTracker.Application.Common.Security;

/// <summary>For handlers whose answer depends on the data (a draft edition, a list filtered by scope).</summary>
public sealed class AccessChecker(ICurrentUser user)
{
    public async ValueTask<bool> HasAsync(Permission permission, string? orgUnitCode = null, string? indicatorCode = null, CancellationToken cancellationToken = default) =>
        user.IsSystem
        || AccessPolicy.Decide([.. await user.GetGrantsAsync(cancellationToken)], permission, orgUnitCode, indicatorCode).Outcome == AccessOutcome.Allowed;
}
