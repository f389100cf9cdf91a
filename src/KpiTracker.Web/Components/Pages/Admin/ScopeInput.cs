using KpiTracker.Application.Features.Users;

namespace KpiTracker.Web.Components.Pages.Admin;

/// <summary>One role with its scope as a form posts it; empty selects mean "none".</summary>
public sealed class ScopeInput
{
    public string? Role { get; set; }

    public string? OrgUnit { get; set; }

    public string? Indicator { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Role) && string.IsNullOrWhiteSpace(OrgUnit) && string.IsNullOrWhiteSpace(Indicator);

    public AssignmentRequest ToRequest() => new(Role?.Trim() ?? "", NullIfBlank(OrgUnit), NullIfBlank(Indicator));

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
