namespace KpiTracker.Application.Common.Security;

/// <summary>
/// Text that names people (user names, display names, e-mail addresses): the rules of free text (<see cref="TextRules"/>: no
/// bidirectional controls, zero-width or control characters), on one line, and no unpaired surrogate (which no database
/// encoding can store). What a stranger typed as a user name is kept in the audit log only cleaned and cut short.
/// </summary>
public static class IdentityText
{
    /// <summary>How much of a name that matched no account the audit record keeps.</summary>
    public const int AuditLength = 64;

    /// <summary>The first problem with <paramref name="text"/> as one line of identity text, or null.</summary>
    public static RuleViolation? Check(string? text, string field, int maxLength)
    {
        if (text is null)
        {
            return null;
        }

        if (TextRules.Check(text, field, maxLength).FirstOrDefault() is { } violation)
        {
            return violation;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r')
            {
                return new RuleViolation(field, "text.control_char", $"U+{(int)c:X4}");
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return new RuleViolation(field, "text.control_char", $"U+{(int)c:X4}");
            }
        }

        return null;
    }

    /// <summary>The name as the audit record keeps it: without invisible or control characters, at most <see cref="AuditLength"/> characters.</summary>
    public static string ForAudit(string text)
    {
        var kept = new System.Text.StringBuilder(Math.Min(text.Length, AuditLength));
        for (var i = 0; i < text.Length && kept.Length < AuditLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (kept.Length + 2 > AuditLength)
                {
                    break;
                }

                kept.Append(c).Append(text[++i]);
            }
            else if (!char.IsControl(c) && !char.IsSurrogate(c) && TextRules.Refusal(c) is null)
            {
                kept.Append(c);
            }
        }

        return kept.ToString().Trim();
    }
}
