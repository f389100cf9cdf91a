using System.Globalization;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Cycles.GetCycle;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Application.Features.Submissions.DecideNotApplicable;
using KpiTracker.Application.Features.Submissions.ListSubmissions;
using KpiTracker.Application.Features.Submissions.ReopenSubmission;
using KpiTracker.Application.Features.Submissions.ReturnSubmission;
using KpiTracker.Application.Features.Submissions.VerifySubmission;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using KpiTracker.Web.Components.Pages.Admin;
using Microsoft.AspNetCore.Components;

namespace KpiTracker.Web.Components.Pages.Central;

/// <summary>The central team's verification list: accepted items to verify or return, N/A requests, and reopening after close.</summary>
public sealed partial class Verify
{
    private static readonly string[] Reasons = ["evidence_missing", "calculation_error", "outlier_unexplained", "definition_mismatch", "other"];

    private ScopeOptions _options = new([], []);
    private List<SubmissionSummaryDto> _accepted = [];
    private List<SubmissionSummaryDto> _requests = [];
    private List<SubmissionSummaryDto> _reopenable = [];
    private bool _closed;

    [Parameter]
    public int Year { get; set; }

    [SupplyParameterFromQuery(Name = "gov")]
    private string? Gov { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (await AllowedAsync(Permission.CycleManage))
        {
            _options = await ScopeOptions.LoadAsync(Sender);
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var cycle = await Sender.Send(new GetCycleQuery(Year));
        if (!cycle.IsSuccess)
        {
            Refuse(cycle.Error!);
            return;
        }

        _closed = cycle.Value.Status == CycleStatus.Closed;
        var gov = string.IsNullOrWhiteSpace(Gov) ? null : Gov.Trim();
        var items = await Sender.Send(new ListSubmissionsQuery(Year, gov, null, null));
        if (!items.IsSuccess)
        {
            Refuse(items.Error!);
            return;
        }

        _accepted = [.. items.Value.Where(i => i.State == SubmissionState.Accepted)];
        _requests = [.. items.Value.Where(i => i.NotApplicable == NotApplicableRequest.Requested)];
        _reopenable = [.. items.Value.Where(i => i.State is SubmissionState.Locked or SubmissionState.Missing)];
    }

    private async Task VerifyAsync(SubmissionSummaryDto item) =>
        await RunAsync(new VerifySubmissionCommand(Year, item.Governorate, item.Indicator, Version()), $"verify-{Key(item)}", "Verify.Verified", item);

    private async Task ReturnAsync(SubmissionSummaryDto item) =>
        await RunAsync(new ReturnSubmissionCommand(Year, item.Governorate, item.Indicator, Version(), Blank("reason"), Blank("text")), $"return-{Key(item)}", "Verify.Returned", item);

    private async Task DecideAsync(SubmissionSummaryDto item)
    {
        var grant = Posted("decision") == "grant";
        await RunAsync(new DecideNotApplicableCommand(Year, item.Governorate, item.Indicator, Version(), grant, Blank("reason")), $"na-{Key(item)}", grant ? "Verify.Granted" : "Verify.Refused", item);
    }

    private async Task ReopenAsync(SubmissionSummaryDto item) =>
        await RunAsync(new ReopenSubmissionCommand(Year, item.Governorate, item.Indicator, Version(), Blank("reason")), $"reopen-{Key(item)}", "Verify.Reopened", item);

    private async Task RunAsync(global::Mediator.ICommand<Result<SubmissionDto>> command, string form, string notice, SubmissionSummaryDto item)
    {
        if (PageError is not null)
        {
            return;
        }

        Apply(await Sender.Send(command), form, C[notice, item.Indicator, GovName(item.Governorate)]);
        await LoadAsync();
    }

    private uint? Version() => uint.TryParse(Posted("version"), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    private string? Blank(string field) => Posted(field) is { Length: > 0 } value ? value : null;

    private static string Key(SubmissionSummaryDto item) => $"{item.Governorate}-{item.Indicator}";

    private string GovName(string code) => _options.NameOf(code) ?? code;

    private string? IndicatorName(string code) => _options.NameOf(code);
}
