using System.Globalization;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Application.Features.Submissions.DecideNotApplicable;
using KpiTracker.Application.Features.Submissions.GetVerifyPage;
using KpiTracker.Application.Features.Submissions.ReopenSubmission;
using KpiTracker.Application.Features.Submissions.ReturnSubmission;
using KpiTracker.Application.Features.Submissions.VerifySubmission;
using KpiTracker.Domain.Access;
using Microsoft.AspNetCore.Components;

namespace KpiTracker.Web.Components.Pages.Central;

/// <summary>The central team's verification list: accepted items to verify or return, N/A requests, and reopening after close.</summary>
public sealed partial class Verify
{
    private static readonly string[] Reasons = ["evidence_missing", "calculation_error", "outlier_unexplained", "definition_mismatch", "other"];

    private VerifyPageModel _page = new(false, [], new Dictionary<string, IndicatorLabel>(), [], [], [], []);

    [Parameter]
    public int Year { get; set; }

    [SupplyParameterFromQuery(Name = "gov")]
    private string? Gov { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (await AllowedAsync(Permission.CycleManage))
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var page = await Sender.Send(new GetVerifyPageQuery(Year, Gov));
        if (!page.IsSuccess)
        {
            Refuse(page.Error!);
            return;
        }

        _page = page.Value;
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

    private string GovName(string code) => _page.Governorates.FirstOrDefault(g => g.Code == code) is { } g ? Text.Pick(g.NameAr, g.NameEn) : code;

    /// <summary>Whether the caller may open the governorate's scorecard (the page query checked it), so its name links there.</summary>
    private bool Readable(string code) => _page.Scorecards.Contains(code);

    private string? IndicatorName(string code) => _page.Indicators.GetValueOrDefault(code) is { } i ? Text.Pick(i.NameAr, i.NameEn) : null;
}
