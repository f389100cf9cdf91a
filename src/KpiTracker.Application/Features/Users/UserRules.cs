namespace KpiTracker.Application.Features.Users;

/// <summary>The rules a user's profile fields follow wherever they are given (creating a user, changing the profile).</summary>
internal static class UserRules
{
    /// <summary>Longest display name kept.</summary>
    public const int DisplayNameMax = 200;

    /// <summary>Longest e-mail address kept (the identity store's column).</summary>
    public const int EmailMax = 256;

    public static void ValidDisplayName<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"))
            .MaximumLength(DisplayNameMax).WithErrorCode("too_long").WithMessage(_ => Messages.Get("too_long", DisplayNameMax));

    /// <summary>An optional address: when given, well formed and not longer than the store keeps.</summary>
    public static void ValidOptionalEmail<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.EmailAddress().WithErrorCode("email.invalid").WithMessage(_ => Messages.Get("email.invalid"))
            .MaximumLength(EmailMax).WithErrorCode("too_long").WithMessage(_ => Messages.Get("too_long", EmailMax));
}
