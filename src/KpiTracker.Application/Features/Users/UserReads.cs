namespace KpiTracker.Application.Features.Users;

/// <summary>The user as the commands that change one answer it, read back after the change.</summary>
internal static class UserReads
{
    public static async Task<Result<UserDto>> ByIdAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        (await UserQueries.Project(db, db.Users.Where(u => u.Id == id)).FirstAsync(cancellationToken)).ToDto();
}
