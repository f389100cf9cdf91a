using KpiTracker.Application.Common;
using KpiTracker.Domain.Access;
using KpiTracker.Web.Components.Pages.Admin;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace KpiTracker.Web.Components.Pages.Central;

/// <summary>
/// What the central team's pages share: the role check that answers 403 (or 404 for an unknown cycle) with the
/// "not allowed" text, the posted form's fields, and a command's refusal shown beside the form that sent it.
/// </summary>
public abstract class CentralPage : ComponentBase
{
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Inject]
    protected PageSender Sender { get; set; } = default!;

    [Inject]
    protected IStringLocalizer<Ui> UiText { get; set; } = default!;

    /// <summary>The page's own refusal (not allowed, no such cycle); when set, the page shows only this.</summary>
    protected string? PageError { get; private set; }

    /// <summary>The form a refusal belongs to, its message and its field errors.</summary>
    protected string? ErrorForm { get; private set; }

    protected string? ErrorMessage { get; private set; }

    protected IReadOnlyList<FieldError> FieldErrors { get; private set; } = [];

    protected string? Notice { get; set; }

    protected async Task<bool> AllowedAsync(Permission permission)
    {
        if (await Sender.CanAsync(permission))
        {
            return true;
        }

        Refuse(Refusal.NotAllowed);
        return false;
    }

    protected void Refuse(AppError error)
    {
        PageError = Refusal.Text(error, UiText);
        Refusal.SetStatus(HttpContext, error);
    }

    /// <summary>One field of the posted form, trimmed; empty when absent.</summary>
    protected string Posted(string name) =>
        HttpContext is { Request.HasFormContentType: true } context ? context.Request.Form[name].ToString().Trim() : "";

    /// <summary>A command's outcome: true on success; otherwise its message and field errors stay with the form that sent it.</summary>
    protected bool Apply<T>(Result<T> result, string form, string notice)
    {
        if (result.IsSuccess)
        {
            Notice = notice;
            return true;
        }

        if (Refusal.IsRefusal(result.Error!) && result.Error!.Kind != ErrorKind.NotFound)
        {
            Refuse(result.Error!);
            return false;
        }

        ErrorForm = form;
        ErrorMessage = result.Error!.Message;
        FieldErrors = result.Error.Fields;
        return false;
    }

    protected IReadOnlyList<FieldError> ErrorsOf(string form) => ErrorForm == form ? FieldErrors : [];
}
