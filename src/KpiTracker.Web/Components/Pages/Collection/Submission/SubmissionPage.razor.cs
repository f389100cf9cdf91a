using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Evidence.DeleteEvidence;
using KpiTracker.Application.Features.Evidence.UploadEvidence;
using KpiTracker.Application.Features.Flags.ConfirmFlag;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Application.Features.Submissions.AcceptSubmission;
using KpiTracker.Application.Features.Submissions.GetSubmissionPage;
using KpiTracker.Application.Features.Submissions.ReturnSubmission;
using KpiTracker.Application.Features.Submissions.SaveDraft;
using KpiTracker.Application.Features.Submissions.SubmitValue;
using KpiTracker.Application.Features.Submissions.VerifySubmission;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using Microsoft.AspNetCore.Components;

namespace KpiTracker.Web.Components.Pages.Collection.Submission;

/// <summary>One item: the page reads its view in one query and sends a command for each form it shows.</summary>
public sealed partial class SubmissionPage
{
    private static readonly HashSet<string> ShownFields = ["value", "numerator", "denominator", "likertMean", "sampleSize", "population", "responseRate", "instrument", "comment", "justification", "analysis", "recommendation"];

    private SubmissionPageModel? _page;
    private string? _notice;
    private string? _formError;
    private IReadOnlyList<FieldError> _errors = [];
    private IReadOnlyList<FieldError> _uploadErrors = [];
    private IReadOnlyList<FieldError> _decisionErrors = [];
    private IReadOnlyList<FieldError> _flagErrors = [];

    [Inject]
    private PageSender Sender { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Parameter]
    public int Year { get; set; }

    [Parameter]
    public string Governorate { get; set; } = "";

    [Parameter]
    public string Indicator { get; set; } = "";

    [SupplyParameterFromQuery(Name = "done")]
    private string? Done { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "draft")]
    private DraftForm Draft { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "evidence")]
    private UploadForm Upload { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "remove-evidence")]
    private RemoveEvidenceForm Remove { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "decision")]
    private DecisionForm Decision { get; set; } = default!;

    [SupplyParameterFromForm(FormName = "flag")]
    private FlagForm Flag { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        EnsureForms();
        if (!await ShowAsync())
        {
            // Out of scope or absent: the same "not found" page, so nothing about another governorate is given away.
            Navigation.NotFound();
            return;
        }

        if (Done is not null)
        {
            _notice = W["Done." + Done];
        }
    }

    /// <summary>
    /// The layout may re-render the page while it is still loading (a cascading value arrives), and then every form that was not
    /// posted is supplied again as null; each EditForm needs its model on every render, so they are put back each time.
    /// </summary>
    protected override void OnParametersSet() => EnsureForms();

    private void EnsureForms()
    {
        Upload ??= new();
        Remove ??= new();
        Decision ??= new();
        Flag ??= new();
        if (_page is not null)
        {
            Draft ??= DraftForm.From(_page.Item);
        }
    }

    /// <summary>Reads the page's view; the entry form's model is set before anything may render the form.</summary>
    private async Task<bool> ShowAsync()
    {
        var result = await Sender.Send(new GetSubmissionPageQuery(Year, Governorate, Indicator));
        if (!result.IsSuccess)
        {
            return false;
        }

        Draft ??= DraftForm.From(result.Value.Item);
        _page = result.Value;
        return true;
    }

    private async Task SaveAsync()
    {
        var saved = await Sender.Send(new SaveDraftCommand(Year, Governorate, Indicator, Draft.Version, Draft.ToInput(), EntryFields.All));
        if (!await AcceptAsync(saved, _ => { }))
        {
            return;
        }

        if (Draft.Action != "submit")
        {
            Navigation.NavigateTo(Here("saved"));
            return;
        }

        var submitted = await Sender.Send(new SubmitValueCommand(Year, Governorate, Indicator, saved.Value.Version));
        if (await AcceptAsync(submitted, _ => { }))
        {
            Navigation.NavigateTo(Here("submitted"));
        }
    }

    /// <summary>A command's outcome: true when it succeeded; otherwise its errors go beside the fields (a refusal shows the not-found page).</summary>
    private async Task<bool> AcceptAsync(Result<SubmissionDto> result, Action<IReadOnlyList<FieldError>> place)
    {
        if (result.IsSuccess)
        {
            return true;
        }

        var error = result.Error!;
        if (error.Kind is ErrorKind.Forbidden or ErrorKind.Unauthenticated)
        {
            Navigation.NotFound();
            return false;
        }

        _formError = error.Message;
        _errors = error.Fields;
        place(error.Fields);
        // The page shows the item as it is now (a save may have gone through before a refused submit).
        await ShowAsync();
        return false;
    }

    private async Task UploadAsync()
    {
        var file = HttpContext.Request.Form.Files.GetFile("file");
        await using var content = file?.OpenReadStream();
        var result = await Sender.Send(new UploadEvidenceCommand(Year, Governorate, Indicator, file?.FileName, file?.Length ?? 0, content));
        if (result.IsSuccess)
        {
            Navigation.NavigateTo(Here("uploaded"));
            return;
        }

        _formError = result.Error!.Message;
        _uploadErrors = result.Error.Fields.Count > 0 ? result.Error.Fields : [new FieldError("file", result.Error.Code, result.Error.Message)];
    }

    /// <summary>Removes one file of the current revision (the owner, while a draft or returned); the command audits it.</summary>
    private async Task RemoveEvidenceAsync()
    {
        var result = Remove.Id is { } id
            ? await Sender.Send(new DeleteEvidenceCommand(Year, Governorate, Indicator, id))
            : AppError.NotFound("evidence.not_found");
        if (result.IsSuccess)
        {
            Navigation.NavigateTo(Here("evidence_removed"));
            return;
        }

        _formError = result.Error!.Message;
        _uploadErrors = [new FieldError("file", result.Error.Code, result.Error.Message)];
    }

    private async Task DecideAsync()
    {
        var choice = Codes.TryParse<SubmissionAction>(Decision.Choice, out var action) ? action : (SubmissionAction?)null;
        Result<SubmissionDto> result = choice switch
        {
            SubmissionAction.Accept => await Sender.Send(new AcceptSubmissionCommand(Year, Governorate, Indicator, Decision.Version, Blank(Decision.Recommendation))),
            SubmissionAction.Verify => await Sender.Send(new VerifySubmissionCommand(Year, Governorate, Indicator, Decision.Version)),
            SubmissionAction.Return => await Sender.Send(new ReturnSubmissionCommand(Year, Governorate, Indicator, Decision.Version, Blank(Decision.Reason), Blank(Decision.Text))),
            _ => AppError.Validation([new FieldError("choice", "decision.required", W["Decision.Required"])]),
        };
        if (await AcceptAsync(result, errors => _decisionErrors = errors))
        {
            Navigation.NavigateTo(Here(choice == SubmissionAction.Return ? "returned" : Decision.Choice!));
        }
        else
        {
            _errors = [];
        }
    }

    private async Task ConfirmFlagAsync()
    {
        var result = await Sender.Send(new ConfirmFlagCommand(Year, Flag.Id, Blank(Flag.Reason)));
        if (result.IsSuccess)
        {
            Navigation.NavigateTo(Here("confirmed"));
            return;
        }

        _formError = result.Error!.Message;
        _flagErrors = result.Error.Fields;
    }

    private string Here(string done) => $"/cycles/{Year}/submissions/{Governorate}/{Indicator}?done={done}";

    internal static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
