using KpiTracker.Application.Common;
using Microsoft.Extensions.Localization;

namespace KpiTracker.Web.Components.Pages.Admin;

/// <summary>What a page says when its query fails: refused (403) and out of scope (404) both read as "not allowed", so nothing is given away.</summary>
internal static class Refusal
{
    public static bool IsRefusal(AppError error) => error.Kind is ErrorKind.Forbidden or ErrorKind.NotFound or ErrorKind.Unauthenticated;

    public static string Text(AppError error, IStringLocalizer<Ui> ui) => IsRefusal(error) ? ui["Forbidden.Body"] : error.Message;
}
