using System.Globalization;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.WhatIf;

namespace KpiTracker.Web.Components.Pages.Collection.Scorecards;

/// <summary>The what-if panel's state: the next-band answer and plan, its rows, what was typed, and the scenario or why it was refused.</summary>
public sealed class WhatIfView
{
    public NextBandDto? Plan { get; set; }

    public WhatIfDto? Result { get; set; }

    public Dictionary<string, RequiredValueDto> Needed { get; set; } = [];

    public List<WhatIfRow> Rows { get; set; } = [];

    public Dictionary<string, string> Typed { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, decimal> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Refused typed values by indicator: the reason the what-if query gave, or null for text that is not a number.</summary>
    public Dictionary<string, string?> Invalid { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// A change with its sign, as published (one decimal): "+1.4", "−0.3", "0.0"; "—" when there is none. Isolated left to right
    /// (U+2066 … U+2069), so the sign stays before the number in Arabic text.
    /// </summary>
    public static string WithSign(decimal? change) => change switch
    {
        null => "—",
        > 0m => "\u2066+" + WorkPages.Score(change) + "\u2069",
        < 0m => "\u2066−" + WorkPages.Score(-change) + "\u2069",
        _ => WorkPages.Score(change),
    };

    public string Name(string code) => Rows.FirstOrDefault(r => r.Code == code)?.Name ?? code;

    /// <summary>The page computing the plan's scenario: the same GET the form sends, with the plan's values typed in.</summary>
    public string PlanHref(int year, string governorate)
    {
        var values = Plan?.Plan.Steps.Select(s => $"{Uri.EscapeDataString(s.Code)}={Uri.EscapeDataString(WorkPages.Input(s.ValueToEnter)!)}") ?? [];
        return string.Create(CultureInfo.InvariantCulture, $"/cycles/{year}/scorecards/{governorate}?{string.Join('&', values)}&compute=1#what-if");
    }
}

public sealed record WhatIfRow(string Code, string Name, decimal? Value, bool NotApplicable);
