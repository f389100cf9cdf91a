namespace KpiTracker.Domain.Access;

/// <summary>Which permissions each role grants (DOMAIN section 6); the scope of the grant comes from the assignment.</summary>
public static class RolePermissions
{
    private static readonly Dictionary<Role, HashSet<Permission>> Table = new()
    {
        [Role.IndicatorOwner] = [Permission.FrameworkRead, Permission.OrgUnitsRead, Permission.SubmissionRead, Permission.SubmissionEnter],
        [Role.GovernorateReviewer] =
        [
            Permission.FrameworkRead, Permission.OrgUnitsRead, Permission.SubmissionRead, Permission.SubmissionReview,
            Permission.ScorecardRead, Permission.ComparisonRead, Permission.ActionRead, Permission.ActionManage, Permission.CommitmentPropose,
        ],
        [Role.CentralTeam] =
        [
            Permission.FrameworkRead, Permission.FrameworkEdit, Permission.OrgUnitsRead, Permission.UsersManage, Permission.AuditRead,
            Permission.CycleManage, Permission.SubmissionRead, Permission.SubmissionVerify, Permission.ScorecardRead,
            Permission.ComparisonRead, Permission.JobsDashboard, Permission.ActionRead, Permission.CommitmentDecide,
        ],
        [Role.Viewer] = [Permission.FrameworkRead, Permission.OrgUnitsRead, Permission.ScorecardRead, Permission.ComparisonRead, Permission.ActionRead],
        [Role.Auditor] =
        [
            Permission.FrameworkRead, Permission.OrgUnitsRead, Permission.AuditRead, Permission.SubmissionRead,
            Permission.ScorecardRead, Permission.ComparisonRead, Permission.ActionRead,
        ],
        [Role.Administrator] = [Permission.FrameworkRead, Permission.OrgUnitsRead, Permission.UsersManage, Permission.JobsDashboard],
    };

    public static bool Grants(Role role, Permission permission) => Table[role].Contains(permission);
}
