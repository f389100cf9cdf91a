namespace KpiTracker.Domain.Access;

/// <summary>A role given to a user in a scope of organisation unit and indicator codes.</summary>
public sealed class Assignment : IAudited
{
    private Assignment()
    {
    }

    public Guid Id { get; private set; }
    public Guid UserId { get; private set; }
    public Role Role { get; private set; }
    public string? OrgUnitCode { get; private set; }
    public string? IndicatorCode { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    public string AuditKey => $"{Role.ToCode()}:{OrgUnitCode ?? "*"}:{IndicatorCode ?? "*"}";

    public Grant ToGrant() => new(Role, OrgUnitCode, IndicatorCode);

    /// <summary>Which scope fields a role takes: owners need both, reviewers an organisation unit, viewers may have one, the rest none.</summary>
    public static IEnumerable<RuleViolation> CheckScope(Role role, string? orgUnitCode, string? indicatorCode)
    {
        var needsOrg = role is Role.IndicatorOwner or Role.GovernorateReviewer;
        var allowsOrg = needsOrg || role == Role.Viewer;
        var needsIndicator = role == Role.IndicatorOwner;
        if (needsOrg && orgUnitCode is null)
        {
            yield return new RuleViolation("orgUnit", "assignment.org_unit.required");
        }
        else if (!allowsOrg && orgUnitCode is not null)
        {
            yield return new RuleViolation("orgUnit", "assignment.org_unit.not_allowed");
        }

        if (needsIndicator && indicatorCode is null)
        {
            yield return new RuleViolation("indicator", "assignment.indicator.required");
        }
        else if (!needsIndicator && indicatorCode is not null)
        {
            yield return new RuleViolation("indicator", "assignment.indicator.not_allowed");
        }
    }

    public static Assignment Create(Guid userId, Role role, string? orgUnitCode, string? indicatorCode, DateTimeOffset now)
    {
        if (CheckScope(role, orgUnitCode, indicatorCode).FirstOrDefault() is { } broken)
        {
            throw new DomainException($"Assignment of {role}: {broken.Code}");
        }

        return new Assignment { Id = Guid.NewGuid(), UserId = userId, Role = role, OrgUnitCode = orgUnitCode, IndicatorCode = indicatorCode, CreatedAt = now };
    }
}
