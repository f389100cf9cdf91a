using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.WhatIf;

namespace KpiTracker.Web.Components.Pages.Collection.Scorecards;

/// <summary>The what-if panel's state: the next-band plan, its rows, what was typed, and the scenario or why it was refused.</summary>
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
}

public sealed record WhatIfRow(string Code, string Name, decimal? Value, bool NotApplicable);
