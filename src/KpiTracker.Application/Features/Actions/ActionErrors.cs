namespace KpiTracker.Application.Features.Actions;

/// <summary>Broken action rules as the caller's error: a rule on the action's state (no field) is 409, an input problem 400 by field.</summary>
internal static class ActionErrors
{
    public static AppError From(IReadOnlyList<RuleViolation> violations) =>
        violations.FirstOrDefault(v => v.Field.Length == 0) is { } conflict
            ? AppError.Conflict(conflict.Code, conflict.Args)
            : AppError.Validation([.. violations.Select(v => new FieldError(v.Field, v.Code, Messages.Get(v.Code, v.Args)))]);
}
