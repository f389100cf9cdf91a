using System.Text;

namespace KpiTracker.Application.Data;

/// <summary>
/// Lower snake case for names that are not database names: audited entity types and permission names.
/// Database names come from EFCore.NamingConventions (see <see cref="AppDbContext"/>); this keeps the audit log's and
/// the permissions' spelling as it was (a digit before a capital starts a new word here, not there).
/// </summary>
internal static class SnakeCaseNames
{
    public static string ToSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                if (i > 0 && name[i - 1] != '_' && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
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
}
