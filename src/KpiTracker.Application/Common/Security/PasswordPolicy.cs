using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Common.Security;

/// <summary>
/// The password rules: 12 to 128 characters, not one of the 30,000 common passwords shipped in zxcvbn-core's
/// dictionary, and not trivially guessable by zxcvbn's estimate (score below 2). Character-class rules are
/// deliberately absent: length and unpredictability are what resist guessing.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 128;
    public const int IterationCount = 210_000;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    public static int CommonPasswordCount => Common.Value.Count;

    public static IReadOnlyList<FieldError> Check(string? password, string field = "password")
    {
        var errors = new List<FieldError>();
        void Add(string code, params object[] args) => errors.Add(new FieldError(field, code, Messages.Get(code, args)));

        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            Add("password.too_short", MinLength);
        }
        else if (password.Length > MaxLength)
        {
            Add("password.too_long", MaxLength);
        }
        else if (Common.Value.Contains(password.ToLowerInvariant()))
        {
            Add("password.common");
        }
        else if (Zxcvbn.Zxcvbn.MatchPassword(password).Score < 2)
        {
            Add("password.guessable");
        }

        return errors;
    }

    private static HashSet<string> LoadCommon()
    {
        using var stream = typeof(Zxcvbn.Zxcvbn).Assembly.GetManifestResourceStream("zxcvbn-core.Dictionaries.passwords.lst")
            ?? throw new InvalidOperationException("zxcvbn-core's common-password list is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } word)
            {
                set.Add(word.ToLowerInvariant());
            }
        }

        return set;
    }
}

/// <summary>Plugs <see cref="PasswordPolicy"/> into Identity, so every path that sets a password applies it.</summary>
internal sealed class PasswordPolicyValidator<TUser> : IPasswordValidator<TUser>
    where TUser : class
{
    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password)
    {
        var errors = PasswordPolicy.Check(password);
        return Task.FromResult(errors.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. errors.Select(e => new IdentityError { Code = e.Code, Description = e.Message })]));
    }
}

/// <summary>The one way validators apply <see cref="PasswordPolicy"/>, so every path that takes a new password says the same.</summary>
internal static class PasswordRuleExtensions
{
    public static void AcceptablePassword<T>(this IRuleBuilderInitial<T, string> rule, string field) =>
        rule.Custom((password, context) =>
        {
            foreach (var error in PasswordPolicy.Check(password, field))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(field, error.Message) { ErrorCode = error.Code });
            }
        });
}
