namespace KpiTracker.Domain.Access;

/// <summary>What a command or query needs. Each role grants a fixed set (<see cref="RolePermissions"/>), within its scope.</summary>
#pragma warning disable CA1711 // "Permission" is the domain's own word for what a role allows, not a type-kind suffix.
public enum Permission
#pragma warning restore CA1711
{
    FrameworkRead,
    FrameworkEdit,
    OrgUnitsRead,
    UsersManage,
    AuditRead,
    CycleManage,
    SubmissionRead,
    SubmissionEnter,
    SubmissionReview,
    SubmissionVerify,
    ScorecardRead,
    ComparisonRead,
    JobsDashboard,

    /// <summary>Read a governorate's improvement actions and their effects.</summary>
    ActionRead,

    /// <summary>Open improvement actions and move them on (the governorate reviewer).</summary>
    ActionManage,

    /// <summary>Propose next-cycle commitments for a governorate (DOMAIN section 8).</summary>
    CommitmentPropose,

    /// <summary>Approve or return governorates' commitments.</summary>
    CommitmentDecide,
}
