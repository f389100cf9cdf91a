using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.GetComparisonPage;
using KpiTracker.Domain.Access;
using Microsoft.AspNetCore.Components;

namespace KpiTracker.Web.Components.Pages.Central.Comparisons;

/// <summary>A cycle's comparison of the governorates: league table, heat map, indicator values and one indicator's trend, from one query.</summary>
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

        var result = await Sender.Send(new GetComparisonPageQuery(Year, TrendIndicator));
        if (!result.IsSuccess)
        {
            Refuse(result.Error!);
            return;
        }

        var page = result.Value;
        var names = page.Governorates.ToDictionary(g => g.Code, g => Text.Pick(g.NameAr, g.NameEn), StringComparer.Ordinal);
        _look = new ComparisonLook(page.Bands, [.. page.Comparison.League.Select(l => l.Governorate)], names, [.. page.Scorecards], C) { Year = Year };
        _comparison = page.Comparison;
        _trend = page.Trend;
    }
}
