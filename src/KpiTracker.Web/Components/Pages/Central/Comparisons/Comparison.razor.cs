using KpiTracker.Application.Features.Cycles.GetCycle;
using KpiTracker.Application.Features.Frameworks;
using KpiTracker.Application.Features.Frameworks.GetEdition;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.GetComparison;
using KpiTracker.Application.Features.Scoring.GetComparisonTrend;
using KpiTracker.Domain.Access;
using KpiTracker.Web.Components.Pages.Admin;
using Microsoft.AspNetCore.Components;

namespace KpiTracker.Web.Components.Pages.Central.Comparisons;

/// <summary>A cycle's comparison of the governorates: league table, heat map, indicator values and one indicator's trend.</summary>
public sealed partial class Comparison
{
    private ComparisonDto? _comparison;
    private ComparisonLook _look = default!;
    private ComparisonTrendDto? _trend;

    [Parameter]
    public int Year { get; set; }

    [SupplyParameterFromQuery(Name = "indicator")]
    private string? TrendIndicator { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (!await AllowedAsync(Permission.ComparisonRead))
        {
            return;
        }

        var comparison = await Sender.Send(new GetComparisonQuery(Year));
        if (!comparison.IsSuccess)
        {
            Refuse(comparison.Error!);
            return;
        }

        var options = await ScopeOptions.LoadAsync(Sender);
        // An unknown or absent indicator falls back to the first one, so the section always shows something.
        var indicator = comparison.Value.Indicators.FirstOrDefault(i => i.Code == TrendIndicator) ?? (comparison.Value.Indicators is [var first, ..] ? first : null);
        if (indicator is not null && await Sender.Send(new GetComparisonTrendQuery(Year, indicator.Code)) is { IsSuccess: true } trend)
        {
            _trend = trend.Value;
        }

        IReadOnlyList<BandDto> bands = [];
        var cycle = await Sender.Send(new GetCycleQuery(Year));
        if (cycle.IsSuccess && await Sender.Send(new GetEditionQuery(cycle.Value.Edition)) is { IsSuccess: true } edition)
        {
            bands = [.. edition.Value.Bands.OrderByDescending(b => b.MinScore)];
        }

        _look = new ComparisonLook(bands, [.. comparison.Value.League.Select(l => l.Governorate)], options, C);
        _comparison = comparison.Value;
    }
}
