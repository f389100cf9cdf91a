using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Commitments.ListCommitments;

/// <summary>One commitment in the central team's list, with the names the reader knows and its ambition check.</summary>
public sealed record CommitmentItemDto(
    CommitmentDto Commitment,
    string GovernorateName,
    string IndicatorName,
    [property: System.Text.Json.Serialization.JsonConverter(typeof(CodeJsonConverter<IndicatorDirection>))] IndicatorDirection Direction,
    AmbitionDto Ambition);

/// <summary>A governorate the list can be filtered by.</summary>
public sealed record GovernorateChoice(string Code, string NameAr, string NameEn);

/// <summary>The commitments proposed from cycle <see cref="Year"/> for <see cref="ForYear"/>; <see cref="Open"/> while they may still be decided.</summary>
public sealed record CommitmentListDto(int Year, int ForYear, bool Open, IReadOnlyList<CommitmentItemDto> Items, IReadOnlyList<GovernorateChoice> Governorates);

/// <summary>
/// The central team's list of commitments for the cycle after <see cref="Year"/>, optionally for one governorate and in one
/// status, by governorate then indicator.
/// </summary>
public sealed record ListCommitmentsQuery(int Year, string? Governorate, CommitmentStatus? Status) : IQuery<Result<CommitmentListDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CommitmentDecide, Governorate);
}

internal sealed class ListCommitmentsHandler(AppDbContext db, EditionModels editions) : IQueryHandler<ListCommitmentsQuery, Result<CommitmentListDto>>
{
    public async ValueTask<Result<CommitmentListDto>> Handle(ListCommitmentsQuery query, CancellationToken cancellationToken)
    {
        if (await ScoringScope.ScorableCycleAsync(db, query.Year, cancellationToken) is null)
        {
            return AppError.NotFound("cycle.not_found");
        }

        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.Year == query.Year + 1 && (query.Governorate == null || c.OrgUnitCode == query.Governorate) && (query.Status == null || c.Status == query.Status))
            .ToListAsync(cancellationToken);
        var governorates = await ScoringScope.GovernoratesAsync(db, cancellationToken);
        var units = await db.OrgUnits.AsNoTracking().Where(o => governorates.Contains(o.Code)).OrderBy(o => o.Order)
            .Select(o => new GovernorateChoice(o.Code, o.NameAr, o.NameEn)).ToListAsync(cancellationToken);
        var arabic = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        var items = new List<CommitmentItemDto>();
        foreach (var unit in units.Where(u => commitments.Any(c => c.OrgUnitCode == u.Code)))
        {
            var (scope, error) = await CommitmentScope.LoadAsync(db, query.Year, unit.Code, cancellationToken);
            if (scope is null)
            {
                return error!;
            }

            var mine = commitments.Where(c => c.OrgUnitCode == unit.Code).ToDictionary(c => c.IndicatorCode, StringComparer.Ordinal);
            var indicators = scope.Indicators.Where(i => mine.ContainsKey(i.Code)).ToList();
            var checks = await AmbitionChecks.ForAsync(db, editions, query.Year, unit.Code, indicators, cancellationToken);
            items.AddRange(indicators.Select(i => new CommitmentItemDto(
                Commitments.ToDto(mine[i.Code], checks[i.Code]), arabic ? unit.NameAr : unit.NameEn, CommitmentScope.Name(i), i.Direction, AmbitionChecks.ToDto(checks[i.Code], i))));
        }

        return new CommitmentListDto(query.Year, query.Year + 1, await Commitments.OpenAsync(db, query.Year + 1, cancellationToken), items, units);
    }
}
