namespace KpiTracker.Domain.Access;

public enum AccessOutcome
{
    Allowed,

    /// <summary>The object is within the user's sight but the action is not theirs: 403.</summary>
    Forbidden,

    /// <summary>The object is outside every scope the user holds: answered exactly like a missing object (404).</summary>
    NotFound,
}

public sealed record AccessDecision(AccessOutcome Outcome, Role? GrantedBy);

/// <summary>
/// Decides a request for a permission on an object in an organisation unit and (optionally) an indicator.
/// The object is "in sight" when any of the user's grants covers its scope; only then may a refusal say so (403),
/// otherwise it is answered as missing (404) so that codes of other governorates cannot be probed.
/// </summary>
public static class AccessPolicy
{
    public static AccessDecision Decide(IReadOnlyCollection<Grant> grants, Permission permission, string? orgUnitCode, string? indicatorCode)
    {
        foreach (var grant in grants)
        {
            if (RolePermissions.Grants(grant.Role, permission) && grant.Covers(orgUnitCode, indicatorCode))
            {
                return new AccessDecision(AccessOutcome.Allowed, grant.Role);
            }
        }

        var inSight = grants.Any(g => g.Covers(orgUnitCode, indicatorCode));
        return new AccessDecision(inSight ? AccessOutcome.Forbidden : AccessOutcome.NotFound, null);
    }
}
