namespace KpiTracker.Application.Common;

/// <summary>
/// The reasons people give for a decision (a return, an N/A request or decision, a reopen, a confirmed flag, an account's
/// activation or a granted role): free text under <see cref="TextRules"/> (no bidirectional, zero-width or control
/// characters), short enough to fit the audit record's reason with the decision's own prefix. Refused with field errors
/// before any handler runs, so no reason reaches the database it cannot be stored in.
/// </summary>
internal static class ReasonRules
{
    /// <summary>The audit record keeps 4,000 characters; a decision may prefix its reason ("granted: ", a return reason's code).</summary>
    public const int MaxLength = 3900;

    public static IRuleBuilderOptionsConditions<T, string?> ValidReason<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Custom((text, context) =>
        {
            foreach (var violation in TextRules.Check(text, context.PropertyPath, MaxLength))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, Messages.Get(violation.Code, violation.Args)) { ErrorCode = violation.Code });
            }
        });
}
