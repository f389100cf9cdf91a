using KpiTracker.Application.Features.Frameworks.GetEdition;
using KpiTracker.Application.Features.OrgUnits.ListOrgUnits;
using KpiTracker.Application.Features.Users;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Organisation;

namespace KpiTracker.Web.Components.Pages.Admin;

/// <summary>What the role, governorate and indicator selects offer: every role, the governorates, the current edition's indicators by criterion.</summary>
public sealed record ScopeOptions(IReadOnlyList<ScopeOption> Governorates, IReadOnlyList<ScopeGroup> Criteria)
{
    public static IReadOnlyList<string> Roles { get; } = [.. Enum.GetValues<Role>().Select(r => r.ToCode())];

    /// <summary>The choices a page query read, named in the current language.</summary>
    public static ScopeOptions From(ScopeChoices choices) => new(
        [.. choices.Governorates.Select(g => new ScopeOption(g.Code, Text.Pick(g.NameAr, g.NameEn)))],
        [.. choices.Criteria.Select(c => new ScopeGroup(c.Code, Text.Pick(c.NameAr, c.NameEn), [.. c.Indicators.Select(i => new ScopeOption(i.Code, Text.Pick(i.NameAr, i.NameEn)))]))]);

    public static async Task<ScopeOptions> LoadAsync(PageSender sender)
    {
        var units = await sender.Send(new ListOrgUnitsQuery());
        var edition = await sender.Send(new GetEditionQuery(null));
        var governorates = units.IsSuccess
            ? Flatten(units.Value).Where(u => u.Kind == OrgUnitKind.Governorate).Select(u => new ScopeOption(u.Code, Text.Pick(u.NameAr, u.NameEn))).ToList()
            : [];
        var criteria = edition.IsSuccess
            ? edition.Value.Criteria.Select(c => new ScopeGroup(
                c.Code,
                Text.Pick(c.NameAr, c.NameEn),
                [.. c.Indicators.Select(i => new ScopeOption(i.Code, Text.Pick(i.NameAr, i.NameEn)))])).ToList()
            : [];
        return new ScopeOptions(governorates, criteria);
    }

    public string? NameOf(string? code) =>
        code is null ? null : Governorates.Concat(Criteria.SelectMany(c => c.Indicators)).FirstOrDefault(o => o.Code == code)?.Name;

    private static IEnumerable<OrgUnitDto> Flatten(IEnumerable<OrgUnitDto> units) => units.SelectMany(u => Flatten(u.Children).Prepend(u));
}

public sealed record ScopeOption(string Code, string Name);

public sealed record ScopeGroup(string Code, string Name, IReadOnlyList<ScopeOption> Indicators);
