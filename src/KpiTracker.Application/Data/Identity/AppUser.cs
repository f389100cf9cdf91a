using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Data.Identity;

/// <summary>An account. Roles and scopes are <see cref="Domain.Access.Assignment"/> rows, not Identity roles.</summary>
public sealed class AppUser : IdentityUser<Guid>, IAudited
{
    public string DisplayName { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The user reads and types numbers and dates in Arabic-Indic digits (docs/NUMBERS.md); Latin digits otherwise.</summary>
    public bool ArabicIndicDigits { get; set; }

    public string AuditKey => UserName ?? Id.ToString();
}
