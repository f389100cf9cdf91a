using System.Collections.Frozen;
using System.Text;

namespace KpiTracker.Domain.Common;

/// <summary>
/// Stable wire names for enums: lower snake case (<c>WorkingDays</c> ⇄ <c>working_days</c>).
/// API, JSON framework files and the database all use these, never the numeric values.
/// </summary>
public static class Codes
{
    /// <summary>The code of a value: looked up for the enum's named values (every database row and API field converts through here), spelt out otherwise.</summary>
    public static string ToCode<TEnum>(this TEnum value)
        where TEnum : struct, Enum =>
        Table<TEnum>.Codes.TryGetValue(value, out var code) ? code : Spell(value.ToString());

    public static bool TryParse<TEnum>(string? code, out TEnum value)
        where TEnum : struct, Enum
    {
        if (code is not null && Table<TEnum>.Values.TryGetValue(code, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    public static TEnum Parse<TEnum>(string code)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(code, out var value)
            ? value
            : throw new FormatException($"'{code}' is not a known {typeof(TEnum).Name} code.");

    /// <summary>Lower snake case of an enum member's name.</summary>
    private static string Spell(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    sb.Append('_');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Both directions for one enum, made once per type. A code parses to the first value declared with it (as the search over
    /// <see cref="Enum.GetValues{TEnum}"/> did); only named values are in the table, so a number outside the enum still spells as
    /// its digits and parses as nothing.
    /// </summary>
    private static class Table<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly FrozenDictionary<TEnum, string> Codes = Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(v => v, v => Spell(v.ToString()));

        public static readonly FrozenDictionary<string, TEnum> Values = Enum.GetValues<TEnum>()
            .Select(v => (Code: Codes[v], Value: v))
            .DistinctBy(p => p.Code, StringComparer.Ordinal)
            .ToFrozenDictionary(p => p.Code, p => p.Value, StringComparer.Ordinal);
    }
}
