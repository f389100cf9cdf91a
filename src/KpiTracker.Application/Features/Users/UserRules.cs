namespace KpiTracker.Application.Features.Users;

/// <summary>The rules a user's profile fields follow wherever they are given (creating a user, changing the profile).</summary>
internal static class UserRules
{
    /// <summary>Longest display name kept.</summary>
    public const int DisplayNameMax = 200;

    /// <summary>Longest e-mail address kept (the identity store's column).</summary>
    public const int EmailMax = 256;

    /// <summary>Given, not longer than kept, and clean one-line text (<see cref="IdentityText"/>): no hidden or control characters.</summary>
    public static void ValidDisplayName<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"))
            .MaximumLength(DisplayNameMax).WithErrorCode("too_long").WithMessage(_ => Messages.Get("too_long", DisplayNameMax))
            .CleanText("displayName", DisplayNameMax);

    /// <summary>An optional address: when given, well formed, clean text and not longer than the store keeps.</summary>
    public static void ValidOptionalEmail<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .EmailAddress().WithErrorCode("email.invalid").WithMessage(_ => Messages.Get("email.invalid"))
            .MaximumLength(EmailMax).WithErrorCode("too_long").WithMessage(_ => Messages.Get("too_long", EmailMax))
            .CleanText("email", EmailMax);

    private static IRuleBuilderOptionsConditions<T, TText> CleanText<T, TText>(this IRuleBuilder<T, TText> rule, string field, int maxLength) =>
        rule.Custom((text, context) =>
        {
            if (IdentityText.Check(text as string, field, maxLength) is { } violation)
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(context.PropertyPath, Messages.Get(violation.Code, violation.Args)) { ErrorCode = violation.Code });
            }
        });
}
