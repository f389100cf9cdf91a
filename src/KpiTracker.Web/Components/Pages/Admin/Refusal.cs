using KpiTracker.Application.Common;
using Microsoft.Extensions.Localization;

namespace KpiTracker.Web.Components.Pages.Admin;

/// <summary>
/// What a page says when its query fails: refused (403) and out of scope (404) both read as "not allowed", so nothing is given
/// away; a 403 that states its own reason (the comparison of an open cycle, say) shows that reason.
/// </summary>
internal static class Refusal
{
    /// <summary>What a page's own role check gives when the user's role does not grant the page.</summary>
    public static readonly AppError NotAllowed = new(ErrorKind.Forbidden, "forbidden", "", []);

    public static bool IsRefusal(AppError error) => error.Kind is ErrorKind.Forbidden or ErrorKind.NotFound or ErrorKind.Unauthenticated;

    /// <summary>The generic "not allowed" text for a refusal, unless it is a 403 that gives its own reason (a code other than <c>forbidden</c>).</summary>
    public static string Text(AppError error, IStringLocalizer<Ui> ui) =>
        IsRefusal(error) && !(error.Kind == ErrorKind.Forbidden && error.Code != NotAllowed.Code && error.Message.Length > 0) ? ui["Forbidden.Body"] : error.Message;

    /// <summary>
    /// Gives the response the status the refusal means (see <see cref="SetStatus"/>), while the page still renders its friendly
    /// text; a no-op for an error that is not a refusal.
    /// </summary>
    public static void Answer(HttpContext? context, AppError error)
    {
        if (IsRefusal(error))
        {
            SetStatus(context, error);
        }
    }

    /// <summary>
    /// 404 for a thing that does not exist or is out of scope, 403 for anything else the page will not show; a no-op once the
    /// response has started (a form post's re-render).
    /// </summary>
    public static void SetStatus(HttpContext? context, AppError error)
    {
        if (context is { Response.HasStarted: false })
        {
            context.Response.StatusCode = error.Kind == ErrorKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status403Forbidden;
        }
    }
}
