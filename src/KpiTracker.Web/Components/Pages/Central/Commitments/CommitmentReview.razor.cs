using KpiTracker.Application.Features.Commitments.DecideCommitment;
using KpiTracker.Application.Features.Commitments.ListCommitments;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Improvement;
using Microsoft.AspNetCore.Components;

namespace KpiTracker.Web.Components.Pages.Central.Commitments;

/// <summary>The central team's commitments page: the filtered list and one decision form per open proposal.</summary>
public sealed partial class CommitmentReview
{
    private CommitmentListDto? _list;
    private IReadOnlyList<GovernorateChoice> _governorates = [];

    [Parameter]
    public int Year { get; set; }

    [SupplyParameterFromQuery(Name = "gov")]
    private string? Gov { get; set; }

    [SupplyParameterFromQuery(Name = "status")]
    private string? Status { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (await AllowedAsync(Permission.CommitmentDecide))
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var result = await Sender.Send(new ListCommitmentsQuery(Year, string.IsNullOrEmpty(Gov) ? null : Gov, Codes.TryParse<CommitmentStatus>(Status, out var s) ? s : null));
        if (!result.IsSuccess)
        {
            Refuse(result.Error!);
            return;
        }

        _list = result.Value;
        _governorates = result.Value.Governorates;
    }

    /// <summary>Approve, or return with the reason typed beside the buttons; the list then shows the new state.</summary>
    private async Task DecideAsync(CommitmentItemDto item)
    {
        var approve = Posted("decision") == "approve";
        var form = $"decide-{item.Commitment.Governorate}-{item.Commitment.Indicator}";
        var result = await Sender.Send(new DecideCommitmentCommand(Year, item.Commitment.Governorate, item.Commitment.Indicator, approve, approve ? null : Posted("reason")));
        if (Apply(result, form, approve ? C["Commitments.Approved", item.Commitment.Indicator, item.GovernorateName] : C["Commitments.Returned", item.Commitment.Indicator, item.GovernorateName]))
        {
            await LoadAsync();
        }
    }
}
