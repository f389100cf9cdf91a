namespace KpiTracker.Application.Features.Accounts;

/// <summary>The parts of the application the caller may reach: what the menu and the home page offer.</summary>
public sealed record Abilities(bool Enter, bool Review, bool ManageCycles, bool EditFrameworks, bool ManageUsers, bool ReadAudit, bool SeeJobs)
{
    /// <summary>An anonymous caller's: nothing.</summary>
    public static Abilities None { get; } = new(false, false, false, false, false, false, false);

    internal static async Task<Abilities> ReadAsync(AccessChecker access, CancellationToken cancellationToken) => new(
        await access.HasAsync(Permission.SubmissionEnter, cancellationToken: cancellationToken),
        await access.HasAsync(Permission.SubmissionReview, cancellationToken: cancellationToken),
        await access.HasAsync(Permission.CycleManage, cancellationToken: cancellationToken),
        await access.HasAsync(Permission.FrameworkEdit, cancellationToken: cancellationToken),
        await access.HasAsync(Permission.UsersManage, cancellationToken: cancellationToken),
        await access.HasAsync(Permission.AuditRead, cancellationToken: cancellationToken),
        await access.HasAsync(Permission.JobsDashboard, cancellationToken: cancellationToken));
}
