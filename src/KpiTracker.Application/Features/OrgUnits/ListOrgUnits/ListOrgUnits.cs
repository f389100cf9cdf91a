using System.Text.Json.Serialization;
using KpiTracker.Domain.Organisation;

namespace KpiTracker.Application.Features.OrgUnits.ListOrgUnits;

/// <summary>The organisation hierarchy as a tree, roots first, children in their set order.</summary>
public sealed record ListOrgUnitsQuery : IQuery<Result<IReadOnlyList<OrgUnitDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.OrgUnitsRead);
}

public sealed record OrgUnitDto(
    string Code,
    string NameAr,
    string NameEn,
    [property: JsonConverter(typeof(CodeJsonConverter<OrgUnitKind>))] OrgUnitKind Kind,
    string? Parent,
    IReadOnlyList<OrgUnitDto> Children);

internal sealed class ListOrgUnitsHandler(AppDbContext db) : IQueryHandler<ListOrgUnitsQuery, Result<IReadOnlyList<OrgUnitDto>>>
{
    public async ValueTask<Result<IReadOnlyList<OrgUnitDto>>> Handle(ListOrgUnitsQuery query, CancellationToken cancellationToken)
    {
        var units = await db.OrgUnits.AsNoTracking().OrderBy(u => u.Order).ThenBy(u => u.Code).ToListAsync(cancellationToken);
        var byParent = units.ToLookup(u => u.ParentId);
        var codes = units.ToDictionary(u => u.Id, u => u.Code);

        OrgUnitDto Build(OrgUnit unit) => new(
            unit.Code,
            unit.NameAr,
            unit.NameEn,
            unit.Kind,
            unit.ParentId is { } p ? codes[p] : null,
            [.. byParent[unit.Id].Select(Build)]);

        return Result<IReadOnlyList<OrgUnitDto>>.Success([.. byParent[null].Select(Build)]);
    }
}
