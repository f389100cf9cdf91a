using System.Globalization;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Application.Features.Submissions.DecideNotApplicable;
using KpiTracker.Application.Features.Submissions.GetVerifyPage;
using KpiTracker.Application.Features.Submissions.ReopenSubmission;
using KpiTracker.Application.Features.Submissions.VerifySubmissions;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Common;
using KpiTracker.Web.Components.Pages.Admin;
using KpiTracker.Web.Components.Pages.Central.Verification;
using Microsoft.AspNetCore.Components;

namespace KpiTracker.Web.Components.Pages.Central;

/// <summary>
/// The central team's verification table: filters in the address, one page of rows (not-applicable requests first), "verify
/// selected" with one confirmation, the requests' decisions, and reopening after close.
/// </summary>
public sealed partial class Verify
{
    private VerifyPageModel _page = new(false, [], [], new Dictionary<string, IndicatorLabel>(), new(0, 0, 0, 0), 1, 1, [], [], []);
    private VerifyFilter _filter = new();
    private IReadOnlyList<VerificationItem>? _confirm;
    private IReadOnlyList<VerificationItem> _sent = [];
    private VerificationsDto? _verified;
    private AppError? _problem;
    private string? _selectError;

    [Parameter]
    public int Year { get; set; }

    [SupplyParameterFromQuery(Name = "gov")]
    private string? Gov { get; set; }

    [SupplyParameterFromQuery(Name = "criterion")]
    private string? Criterion { get; set; }

    [SupplyParameterFromQuery(Name = "flag")]
    private string? Flag { get; set; }

    [SupplyParameterFromQuery(Name = "evidence")]
    private string? Evidence { get; set; }

    [SupplyParameterFromQuery(Name = "state")]
    private string? State { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    private int? PageNumber { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _filter = new VerifyFilter(
            Gov,
            Criterion,
            Flag,
            Evidence switch { "with" => true, "without" => false, _ => null },
            Codes.TryParse<VerifyWork>(State, out var work) ? work : null);
        if (await AllowedAsync(Permission.CycleManage))
        {
            await LoadAsync();
        }

        // The confirmation's form must be on the page its post renders, or Blazor finds no form to hand the post to.
        if (Posted("_handler") == "verify-confirm")
        {
            _confirm = PostedItems();
        }
    }

    private async Task LoadAsync()
    {
        var page = await Sender.Send(new GetVerifyPageQuery(Year, _filter, PageNumber ?? 1));
        if (!page.IsSuccess)
        {
            Refuse(page.Error!);
            return;
        }

        _page = page.Value;
    }

    /// <summary>"Verify selected": the checked rows (or every value shown, with "select all shown") go to the confirmation.</summary>
    private void SelectAsync()
    {
        var posted = PostedItems();
        List<VerificationItem> items = Posted("all") == "shown"
            ? [.. _page.Rows.Where(r => r.Work == VerifyWork.Verify).Select(r => new VerificationItem(r.Governorate, r.Indicator, r.Version))]
            : posted;
        if (items.Count == 0)
        {
            _selectError = C["Verify.NoneSelected"];
            return;
        }

        _confirm = items;
    }

    private async Task ConfirmAsync()
    {
        _confirm = null;
        _sent = PostedItems();
        var result = await Sender.Send(new VerifySubmissionsCommand(Year, _sent));
        if (result.IsSuccess)
        {
            _verified = result.Value;
        }
        else if (Refusal.IsRefusal(result.Error!) && result.Error!.Kind != ErrorKind.NotFound)
        {
            Refuse(result.Error!);
            return;
        }
        else
        {
            _problem = result.Error;
        }

        await LoadAsync();
    }

    private async Task DecideAsync(VerifyRow row)
    {
        var grant = Posted("decision") == "grant";
        await RunAsync(new DecideNotApplicableCommand(Year, row.Governorate, row.Indicator, Version(), grant, Blank("reason")), $"na-{VerifyLabels.Key(row.Governorate, row.Indicator)}", grant ? "Verify.Granted" : "Verify.Refused", row.Governorate, row.Indicator);
    }

    private async Task ReopenAsync(SubmissionSummaryDto item) =>
        await RunAsync(new ReopenSubmissionCommand(Year, item.Governorate, item.Indicator, Version(), Blank("reason")), $"reopen-{VerifyLabels.Key(item.Governorate, item.Indicator)}", "Verify.Reopened", item.Governorate, item.Indicator);

    private async Task RunAsync(global::Mediator.ICommand<Result<SubmissionDto>> command, string form, string notice, string governorate, string indicator)
    {
        if (PageError is not null)
        {
            return;
        }

        Apply(await Sender.Send(command), form, C[notice, indicator, VerifyLabels.GovName(_page, governorate)]);
        await LoadAsync();
    }

    /// <summary>The items a form posted (checkboxes or the confirmation's hidden fields); values that are not items are left out.</summary>
    private List<VerificationItem> PostedItems() =>
        HttpContext is { Request.HasFormContentType: true } context
            ? [.. context.Request.Form["item"].Select(VerifyLabels.Parse).OfType<(string Governorate, string Indicator, uint Version)>()
                .Select(i => new VerificationItem(i.Governorate, i.Indicator, i.Version))]
            : [];

    /// <summary>This page of the table with its filters: the pager's links and the confirmation's "cancel".</summary>
    private string Here(int page) => Pager.Link($"/cycles/{Year}/verify", new Dictionary<string, string?>
    {
        ["gov"] = Gov,
        ["criterion"] = Criterion,
        ["flag"] = Flag,
        ["evidence"] = Evidence,
        ["state"] = State,
    }, page);

    private uint? Version() => uint.TryParse(Posted("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private string? Blank(string field) => Posted(field) is { Length: > 0 } value ? value : null;
}
