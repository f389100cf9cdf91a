namespace KpiTracker.Application.Features.Users;

/// <summary>Checks requested assignments: a known role, the scope shape the role takes, and codes that exist.</summary>
internal static class AssignmentRules
{
    /// <summary>Roles over the whole system: granting one takes a reason, kept in the audit record.</summary>
    private static readonly Role[] Powerful = [Role.Administrator, Role.CentralTeam];

    /// <summary>A field error on <c>reason</c> when <paramref name="granted"/> holds a powerful role and no reason is given.</summary>
    public static IEnumerable<FieldError> CheckReason(IEnumerable<(Role Role, string? Org, string? Indicator)> granted, string? reason) =>
        granted.Any(g => Powerful.Contains(g.Role)) && string.IsNullOrWhiteSpace(reason)
            ? [new FieldError("reason", "assignment.reason_required", Messages.Get("assignment.reason_required"))]
            : [];

    public static async Task<(List<(Role Role, string? Org, string? Indicator)> Valid, List<FieldError> Errors)> CheckAsync(
        AppDbContext db, IReadOnlyList<AssignmentRequest>? requested, CancellationToken cancellationToken)
    {
        var valid = new List<(Role, string?, string?)>();
        var errors = new List<FieldError>();
        var orgUnits = await db.OrgUnits.Select(o => o.Code).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.Select(i => i.Code).Distinct().ToListAsync(cancellationToken);
        for (var i = 0; i < (requested?.Count ?? 0); i++)
        {
            var item = requested![i];
            var path = $"assignments[{i}]";
            if (!Codes.TryParse<Role>(item.Role, out var role))
            {
                errors.Add(new FieldError($"{path}.role", "assignment.role.unknown", Messages.Get("assignment.role.unknown", item.Role ?? "")));
                continue;
            }

            var org = string.IsNullOrWhiteSpace(item.OrgUnit) ? null : item.OrgUnit.Trim();
            var indicator = string.IsNullOrWhiteSpace(item.Indicator) ? null : item.Indicator.Trim();
            var before = errors.Count;
            foreach (var violation in Assignment.CheckScope(role, org, indicator))
            {
                errors.Add(new FieldError($"{path}.{violation.Field}", violation.Code, Messages.Get(violation.Code)));
            }

            if (org is not null && !orgUnits.Contains(org))
            {
                errors.Add(new FieldError($"{path}.orgUnit", "assignment.org_unit.unknown", Messages.Get("assignment.org_unit.unknown", org)));
            }

            if (indicator is not null && !indicators.Contains(indicator))
            {
                errors.Add(new FieldError($"{path}.indicator", "assignment.indicator.unknown", Messages.Get("assignment.indicator.unknown", indicator)));
            }

            if (errors.Count == before && !valid.Contains((role, org, indicator)))
            {
                valid.Add((role, org, indicator));
            }
        }

        return (valid, errors);
    }
}
