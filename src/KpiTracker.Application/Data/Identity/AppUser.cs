using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Data.Identity;

/// <summary>An account. Roles and scopes are <see cref="Domain.Access.Assignment"/> rows, not Identity roles.</summary>
public sealed class AppUser : IdentityUser<Guid>, IAudited
{
    public string DisplayName { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    public string AuditKey => UserName ?? Id.ToString();
}
