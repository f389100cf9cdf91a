using System.Text.Json.Serialization;

namespace KpiTracker.Application.Features.Users;

/// <summary>A role with its scope as the user has it; the role is a lower snake case code on the wire.</summary>
public sealed record AssignmentDto([property: JsonConverter(typeof(CodeJsonConverter<Role>))] Role Role, string? OrgUnit, string? Indicator);

/// <summary>
/// A role with its scope as asked for (creating a user, replacing their assignments). The role stays text here, so an unknown
/// one is refused on its own field (<c>assignment.role.unknown</c>) with the others, not as a body that does not parse.
/// </summary>
public sealed record AssignmentRequest(string Role, string? OrgUnit, string? Indicator);

public sealed record UserDto(string UserName, string DisplayName, string? Email, bool IsActive, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt, IReadOnlyList<AssignmentDto> Assignments);

internal sealed record AssignmentRow(Role Role, string? OrgUnitCode, string? IndicatorCode);

/// <summary>A user row with its assignments, shaped in SQL.</summary>
internal sealed record UserRow(Guid Id, string UserName, string DisplayName, string? Email, bool IsActive, DateTimeOffset? LockoutEnd, DateTimeOffset CreatedAt, List<AssignmentRow> Assignments)
{
    public UserDto ToDto() => new(
        UserName,
        DisplayName,
        Email,
        IsActive,
        LockoutEnd,
        CreatedAt,
        [.. Assignments.OrderBy(a => a.Role).ThenBy(a => a.OrgUnitCode).ThenBy(a => a.IndicatorCode).Select(a => new AssignmentDto(a.Role, a.OrgUnitCode, a.IndicatorCode))]);
}

internal static class UserQueries
{
    /// <summary>Filter and order <paramref name="users"/> before projecting: EF cannot translate a filter on the projected record.</summary>
    public static IQueryable<UserRow> Project(AppDbContext db, IQueryable<Data.Identity.AppUser> users) =>
        users.Select(u => new UserRow(
            u.Id,
            u.UserName!,
            u.DisplayName,
            u.Email,
            u.IsActive,
            u.LockoutEnd,
            u.CreatedAt,
            db.Assignments.Where(a => a.UserId == u.Id).Select(a => new AssignmentRow(a.Role, a.OrgUnitCode, a.IndicatorCode)).ToList()));
}
