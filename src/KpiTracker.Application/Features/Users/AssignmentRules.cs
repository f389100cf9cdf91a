namespace KpiTracker.Application.Features.Users;

/// <summary>Checks requested assignments: a known role, the scope shape the role takes, and codes that exist.</summary>
internal static class AssignmentRules
{
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
