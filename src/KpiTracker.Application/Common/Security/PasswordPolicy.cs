using System.Globalization;
using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Common.Security;

/// <summary>
/// The password rules: 12 to 128 characters, counted as a reader counts them (grapheme clusters: an emoji or a letter with
/// its marks is one), no NUL, not one of the 30,000 common passwords shipped in zxcvbn-core's dictionary, not containing the
/// user name (of 3 characters or more) or the product's name in English or Arabic, and not trivially guessable by zxcvbn's
/// estimate (score below 2). Identity also refuses the password the user has now (<see cref="PasswordPolicyValidator"/>).
/// Character-class rules are deliberately absent: length and unpredictability are what resist guessing.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLength = 12;
    public const int MaxLength = 128;
    public const int IterationCount = 210_000;

    /// <summary>However few characters they make, more UTF-16 units than this are too long (a bound on what is hashed).</summary>
    public const int MaxUnits = 1024;

    private static readonly Lazy<HashSet<string>> Common = new(LoadCommon);

    /// <summary>The product's names as the UI shows them (Ui.resx AppName), letters and digits only, lower case.</summary>
    private static readonly string[] ProductNames = ["kpitracker", "متتبعمؤشراتالأداء", "متتبعمؤشراتالاداء"];

    public static int CommonPasswordCount => Common.Value.Count;

    public static IReadOnlyList<FieldError> Check(string? password, string field = "password", string? userName = null)
    {
        var errors = new List<FieldError>();
        void Add(string code, params object[] args) => errors.Add(new FieldError(field, code, Messages.Get(code, args)));

        var length = string.IsNullOrEmpty(password) ? 0 : new StringInfo(password).LengthInTextElements;
        var letters = password is null ? "" : string.Concat(password.Where(char.IsLetterOrDigit)).ToLowerInvariant();
        if (string.IsNullOrEmpty(password) || length < MinLength)
        {
            Add("password.too_short", MinLength);
        }
        else if (length > MaxLength || password.Length > MaxUnits)
        {
            Add("password.too_long", MaxLength);
        }
        else if (password.Contains('\0', StringComparison.Ordinal))
        {
            Add("password.nul");
        }
        else if (Common.Value.Contains(password.ToLowerInvariant()))
        {
            Add("password.common");
        }
        else if (userName?.Trim() is { Length: >= 3 } name && password.Contains(name, StringComparison.OrdinalIgnoreCase))
        {
            Add("password.contains_user_name");
        }
        else if (ProductNames.Any(product => letters.Contains(product, StringComparison.Ordinal)))
        {
            Add("password.contains_product_name");
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

/// <summary>
/// Plugs <see cref="PasswordPolicy"/> into Identity, so every path that sets a password applies it, with the user's name, and
/// refuses the password the user has now (Identity validates before it replaces the hash).
/// </summary>
internal sealed class PasswordPolicyValidator : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var errors = PasswordPolicy.Check(password, userName: user.UserName).ToList();
        if (errors.Count == 0 && password is not null && user.PasswordHash is { } hash
            && manager.PasswordHasher.VerifyHashedPassword(user, hash, password) != PasswordVerificationResult.Failed)
        {
            errors.Add(new FieldError("password", "password.reused", Messages.Get("password.reused")));
        }

        return Task.FromResult(errors.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. errors.Select(e => new IdentityError { Code = e.Code, Description = e.Message })]));
    }
}

/// <summary>The one way validators apply <see cref="PasswordPolicy"/>, so every path that takes a new password says the same.</summary>
internal static class PasswordRuleExtensions
{
    public static void AcceptablePassword<T>(this IRuleBuilderInitial<T, string> rule, string field, Func<T, string?>? userName = null) =>
        rule.Custom((password, context) =>
        {
            foreach (var error in PasswordPolicy.Check(password, field, userName?.Invoke(context.InstanceToValidate)))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure(field, error.Message) { ErrorCode = error.Code });
            }
        });
}
