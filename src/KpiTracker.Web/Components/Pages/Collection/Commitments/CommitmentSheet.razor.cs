using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Commitments;
using KpiTracker.Application.Features.Commitments.GetCommitments;
using KpiTracker.Application.Features.Commitments.ImportCommitmentTemplate;
using KpiTracker.Application.Features.Commitments.ProposeCommitments;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.Web.Components.Pages.Admin;
using Microsoft.AspNetCore.Components;

namespace KpiTracker.Web.Components.Pages.Collection.Commitments;

/// <summary>
/// The governorate reviewer's commitments table for the cycle after <see cref="Year"/> (all indicators, or the one named by
/// <c>?indicator=</c> when opened from the scorecard); readers of the scorecard see it without the inputs.
/// </summary>
public sealed partial class CommitmentSheet
{
    private CommitmentSheetDto? _sheet;
    private string? _pageError;
    private string? _notice;
    private string? _error;
    private IReadOnlyList<FieldError> _fields = [];
    private bool _canPropose;
    private string? _templateError;
    private IReadOnlyList<FieldError> _templateFields = [];

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Parameter]
    public int Year { get; set; }

    [Parameter]
    public string Governorate { get; set; } = "";

    [SupplyParameterFromQuery(Name = "indicator")]
    private string? Indicator { get; set; }

    /// <summary>How many proposals the last post saved: the page redirects after saving (post, redirect, get), so a reload never sends them again.</summary>
    [SupplyParameterFromQuery(Name = "proposed")]
    private int? Proposed { get; set; }

    private bool CanPropose => _canPropose && _sheet is { Open: true };

    private IEnumerable<CommitmentRowDto> Rows =>
        _sheet!.Rows.Where(r => Indicator is null || r.Indicator == Indicator);

    protected override async Task OnInitializedAsync()
    {
        if (!await Sender.CanAsync(Permission.ScorecardRead, Governorate))
        {
            Navigation.NotFound();
            return;
        }

        _canPropose = await Sender.CanAsync(Permission.CommitmentPropose, Governorate);
        if (Proposed is { } count)
        {
            _notice = W["Commitments.Proposed", count];
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var result = await Sender.Send(new GetCommitmentsQuery(Year, Governorate));
        if (result.IsSuccess)
        {
            _sheet = result.Value;
        }
        else
        {
            _pageError = result.Error!.Message;
            Refusal.SetStatus(HttpContext, result.Error);
        }
    }

    /// <summary>Every row that has a value goes in one command: all are taken or none, and the errors sit beside their inputs.</summary>
    private async Task ProposeAsync()
    {
        var form = HttpContext!.Request.Form;
        var codes = form["indicator"].ToArray();
        var values = form["value"].ToArray();
        var rows = new List<ProposalRow>();
        var parseErrors = new List<FieldError>();
        for (var n = 0; n < codes.Length && n < values.Length; n++)
        {
            if (string.IsNullOrWhiteSpace(values[n]))
            {
                continue;
            }

            if (DecimalInput.TryParse(values[n], $"rows[{Offset(codes[n]!)}].value", out var value) is { } broken)
            {
                parseErrors.Add(new FieldError(broken.Field, broken.Code, W["Commitments.NotANumber"]));
                continue;
            }

            rows.Add(new ProposalRow(codes[n], value));
        }

        var result = parseErrors.Count > 0
            ? Result<IReadOnlyList<CommitmentDto>>.Failure(AppError.Validation(parseErrors))
            : await Sender.Send(new ProposeCommitmentsCommand(Year, Governorate, rows));
        if (result.IsSuccess)
        {
            var here = $"/cycles/{Year}/commitments/{Uri.EscapeDataString(Governorate)}?proposed={result.Value.Count}";
            Navigation.NavigateTo(Indicator is null ? here : $"{here}&indicator={Uri.EscapeDataString(Indicator)}");
            return;
        }

        _error = result.Error!.Message;
        _fields = [.. Remap(result.Error.Fields, rows)];
    }

    /// <summary>A filled commitments template: proposed all at once (then post, redirect, get), or refused with each bad cell listed.</summary>
    private async Task ImportAsync()
    {
        var file = HttpContext!.Request.Form.Files.GetFile("file");
        await using var content = file?.OpenReadStream();
        var result = await Sender.Send(new ImportCommitmentTemplateCommand(Year, Governorate, file?.Length ?? 0, content), HttpContext.RequestAborted);
        if (result.IsSuccess)
        {
            Navigation.NavigateTo($"/cycles/{Year}/commitments/{Uri.EscapeDataString(Governorate)}?proposed={result.Value.Count}");
            return;
        }

        _templateError = Refusal.Text(result.Error!, T);
        _templateFields = result.Error!.Fields;
    }

    /// <summary>The command numbers the rows it was sent; the page shows each error beside that indicator's input.</summary>
    private IEnumerable<FieldError> Remap(IReadOnlyList<FieldError> fields, List<ProposalRow> sent) =>
        fields.Select(f => f.Field.StartsWith("rows[", StringComparison.Ordinal) && int.TryParse(f.Field[5..f.Field.IndexOf(']', StringComparison.Ordinal)], out var i) && i < sent.Count
            ? f with { Field = $"rows[{Offset(sent[i].Indicator!)}]{f.Field[(f.Field.IndexOf(']', StringComparison.Ordinal) + 1)..]}" }
            : f);

    /// <summary>The position of an indicator's row on the page, which names its input's errors.</summary>
    private int Offset(string code) => Rows.Select(r => r.Indicator).ToList().IndexOf(code);

    /// <summary>What the user typed, kept when the form comes back with errors.</summary>
    /// <summary>A figure for commitments.js, as the script reads numbers (invariant, full precision); empty when there is none.</summary>
    private static string Invariant(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private string? Posted(int n) =>
        _error is not null && HttpContext is { Request.HasFormContentType: true } context && n < context.Request.Form["value"].Count
            ? context.Request.Form["value"][n]
            : null;
}
