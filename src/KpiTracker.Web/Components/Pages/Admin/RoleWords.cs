using Microsoft.Extensions.Localization;

namespace KpiTracker.Web.Components.Pages.Admin;

/// <summary>A role code in words of the current language; a code the resources do not know is shown as it is.</summary>
internal static class RoleWords
{
    public static string Of(IStringLocalizer text, string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return "";
        }

        var words = text[$"Role.{code}"];
        return words.ResourceNotFound ? code : words.Value;
    }
}
