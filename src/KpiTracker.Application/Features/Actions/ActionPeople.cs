namespace KpiTracker.Application.Features.Actions;

/// <summary>A user who may be made responsible for an action: active and assigned in the governorate.</summary>
public sealed record ResponsibleDto(string UserName, string DisplayName);

internal static class ActionPeople
{
    public static Task<List<ResponsibleDto>> InAsync(AppDbContext db, string governorate, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.IsActive && db.Assignments.Any(a => a.UserId == u.Id && a.OrgUnitCode == governorate))
            .OrderBy(u => u.UserName)
            .Select(u => new ResponsibleDto(u.UserName ?? "", u.DisplayName))
            .ToListAsync(cancellationToken);

    public static Task<Guid?> FindAsync(AppDbContext db, string governorate, string? userName, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.UserName == userName && u.IsActive && db.Assignments.Any(a => a.UserId == u.Id && a.OrgUnitCode == governorate))
            .Select(u => (Guid?)u.Id)
            .FirstOrDefaultAsync(cancellationToken);
}
