namespace KpiTracker.Application.Common.Security;

/// <summary>Who is acting: a signed-in user with their grants, the system (jobs, CLI), or nobody.</summary>
public interface ICurrentUser
{
    Guid? UserId { get; }

    string? UserName { get; }

    bool IsSystem { get; }

    bool IsAuthenticated { get; }

    ValueTask<IReadOnlyList<Grant>> GetGrantsAsync(CancellationToken cancellationToken = default);
}
