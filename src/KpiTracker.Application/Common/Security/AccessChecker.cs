namespace KpiTracker.Application.Common.Security;

/// <summary>For handlers whose answer depends on the data (a draft edition, a list filtered by scope).</summary>
public sealed class AccessChecker(ICurrentUser user)
{
    public async ValueTask<bool> HasAsync(Permission permission, string? orgUnitCode = null, string? indicatorCode = null, CancellationToken cancellationToken = default) =>
        user.IsSystem
        || AccessPolicy.Decide([.. await user.GetGrantsAsync(cancellationToken)], permission, orgUnitCode, indicatorCode).Outcome == AccessOutcome.Allowed;

    /// <summary>The full decision (allowed with the granting role, forbidden, or not found) for a check that depends on the data.</summary>
    public async ValueTask<AccessDecision> DecideAsync(Permission permission, string? orgUnitCode = null, string? indicatorCode = null, CancellationToken cancellationToken = default) =>
        user.IsSystem
            ? new AccessDecision(AccessOutcome.Allowed, null)
            : AccessPolicy.Decide([.. await user.GetGrantsAsync(cancellationToken)], permission, orgUnitCode, indicatorCode);

    /// <summary>The caller's grants; empty for the system, which <see cref="ICurrentUser.IsSystem"/> tells apart.</summary>
    public ValueTask<IReadOnlyList<Grant>> GrantsAsync(CancellationToken cancellationToken = default) => user.GetGrantsAsync(cancellationToken);
}
