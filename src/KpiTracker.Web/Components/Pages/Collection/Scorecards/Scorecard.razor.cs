using KpiTracker.Application.Features.Frameworks;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Scoring.GetScorecardPage;
using KpiTracker.Application.Features.Scoring.WhatIf;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Collection;
using Microsoft.AspNetCore.Components;

namespace KpiTracker.Web.Components.Pages.Collection.Scorecards;

/// <summary>
/// A governorate's scorecard for a cycle: the latest run's figures from the page's one query, the year and governorate switchers,
/// and the what-if panel under them.
/// </summary>
public sealed partial class Scorecard
{
    private readonly WhatIfView _whatIf = new();
    private ScorecardDto? _card;
    private string? _noScores;
    private Dictionary<string, string> _bands = [];
    private IReadOnlyList<BandDto> _bandList = [];
    private TrafficLightsDto _lights = new(90, 70);
    private NamedCode? _unit;
    private IReadOnlyList<int> _years = [];
    private IReadOnlyList<NamedCode> _governorates = [];
    private bool _canPropose;

    [Inject]
    private PageSender Sender { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Parameter]
    public int Year { get; set; }

    [Parameter]
    public string Governorate { get; set; } = "";

    protected override async Task OnInitializedAsync()
    {
        // The switchers' form asks for another card: its address is the card's own.
        if (ScorecardSwitcher.Target(HttpContext?.Request.Query, Year, Governorate) is { } target)
        {
            Navigation.NavigateTo(target);
            return;
        }

        // The page's own gate, as every page has it: a reader out of scope sees "not found", and no refusal is audited.
        if (!await Sender.CanAsync(Permission.ScorecardRead, Governorate))
        {
            Navigation.NotFound();
            return;
        }

        var result = await Sender.Send(new GetScorecardPageQuery(Year, Governorate));
        if (!result.IsSuccess)
        {
            Navigation.NotFound();
            return;
        }

        var page = result.Value;
        _card = page.Card;
        // Asked once for the page: the indicator rows and the commitments section link to proposing when it is allowed.
        _canPropose = _card is not null && await Sender.CanAsync(Permission.CommitmentPropose, Governorate);
        _noScores = page.NoScores;
        _unit = page.Unit;
        _years = page.Years;
        _governorates = page.Governorates;
        _lights = page.Lights;
        _bandList = page.Bands;
        _bands = page.Bands.ToDictionary(b => b.Code, b => Text.Pick(b.NameAr, b.NameEn));
        if (page.Plan is { } plan)
        {
            await WhatIfAsync(plan, page.Indicators.ToDictionary(i => i.Code, i => Text.Pick(i.NameAr, i.NameEn), StringComparer.Ordinal));
        }
    }

    /// <summary>The next-band plan always; the scenario when the form was sent with compute, from the values that parse.</summary>
    private async Task WhatIfAsync(NextBandDto plan, Dictionary<string, string> names)
    {
        _whatIf.Plan = plan;
        _whatIf.Needed = _whatIf.Plan.Indicators.ToDictionary(r => r.Code, StringComparer.Ordinal);
        var onCard = _card?.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal) ?? [];
        var codes = onCard.Count > 0 ? [.. onCard.Keys] : names.Keys.ToList();
        _whatIf.Rows = [.. codes.Select(code => new WhatIfRow(
            code,
            names.GetValueOrDefault(code) ?? (onCard.TryGetValue(code, out var i) ? Text.Pick(i.NameAr, i.NameEn) : code),
            onCard.GetValueOrDefault(code)?.Value,
            !_whatIf.Needed.ContainsKey(code)))]; // the plan names every indicator that is not N/A under today's inputs

        var query = HttpContext?.Request.Query;
        if (query is null || !query.ContainsKey("compute"))
        {
            return;
        }

        foreach (var row in _whatIf.Rows.Where(r => !r.NotApplicable))
        {
            var typed = query[row.Code].ToString().Trim();
            if (typed.Length == 0)
            {
                continue;
            }

            _whatIf.Typed[row.Code] = typed;
            // The entry form's own reader: Arabic-Indic digits and separator, the same limits as a value sent for real.
            if (DecimalInput.TryParse(typed, row.Code, out var value) is null && value is { } number)
            {
                _whatIf.Values[row.Code] = number;
            }
            else
            {
                _whatIf.Invalid[row.Code] = null;
            }
        }

        if (_whatIf.Invalid.Count > 0)
        {
            return;
        }

        // A number the entry form would refuse (a fraction for a count, outside the allowed range) comes back as a field error.
        var scenario = await Sender.Send(new WhatIfQuery(Year, Governorate, _whatIf.Values));
        if (scenario.IsSuccess)
        {
            _whatIf.Result = scenario.Value;
            return;
        }

        foreach (var field in scenario.Error!.Fields.Where(f => f.Field.StartsWith("values.", StringComparison.Ordinal)))
        {
            _whatIf.Invalid.TryAdd(field.Field["values.".Length..], field.Message);
        }
    }

    /// <summary>What started the run, in words; a trigger without a name shows as its code.</summary>
    private string TriggerName(string trigger) => W["Scorecard.TriggerName." + trigger] is { ResourceNotFound: false } name ? name.Value : trigger;

    private string BandName(string band) => _bands.GetValueOrDefault(band, band);

    /// <summary>The governorate's name in the reader's language; its code until the page has read it.</summary>
    private string UnitName => _unit is { } unit ? Text.Pick(unit.NameAr, unit.NameEn) : Governorate;
}
