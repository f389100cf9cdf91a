namespace KpiTracker.Domain.Access;

/// <summary>The roles of DOMAIN section 6. A user holds any number of them, each with its own scope.</summary>
public enum Role
{
    IndicatorOwner,
    GovernorateReviewer,
    CentralTeam,
    Viewer,
    Auditor,
    Administrator,
}
