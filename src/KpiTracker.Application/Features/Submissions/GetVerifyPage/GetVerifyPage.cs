using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Organisation;

namespace KpiTracker.Application.Features.Submissions.GetVerifyPage;

/// <summary>The central team's verification table of a cycle: filtered, not-applicable requests first, one page of rows.</summary>
public sealed record GetVerifyPageQuery(int Year, VerifyFilter Filter, int Page = 1) : IQuery<Result<VerifyPageModel>>, IRequireAccess
{
    /// <summary>Rows on a page: a full page stays far below 1 MB of HTML.</summary>
    public const int PageSize = 50;

    public AccessRequirement Access => new(Permission.CycleManage);
}

/// <summary>
/// Whether the cycle is closed (items are then reopened, not verified); the governorates and criteria to filter by and the
/// indicators' names; the counts; one page of the rows the filter shows (<see cref="Page"/> of <see cref="Pages"/>); the
/// locked or missing items of the chosen governorate to reopen after close; the governorates whose scorecards the caller
/// may open (their names link there).
/// </summary>
public sealed record VerifyPageModel(
    bool Closed,
    IReadOnlyList<GovernorateLabel> Governorates,
    IReadOnlyList<CriterionLabel> Criteria,
    IReadOnlyDictionary<string, IndicatorLabel> Indicators,
    VerifyCounts Counts,
    int Page,
    int Pages,
    IReadOnlyList<VerifyRow> Rows,
    IReadOnlyList<SubmissionSummaryDto> Reopenable,
    IReadOnlyList<string> Scorecards);

/// <summary>How many items wait in the whole cycle, how many the filter shows, and of those how many requests and values.</summary>
public sealed record VerifyCounts(int Waiting, int Shown, int NaRequests, int ToVerify);

public sealed record GovernorateLabel(string Code, string NameAr, string NameEn);

internal sealed class GetVerifyPageHandler(AppDbContext db, ICurrentUser user, AccessChecker access, TimeProvider clock) : IQueryHandler<GetVerifyPageQuery, Result<VerifyPageModel>>
{
    public async ValueTask<Result<VerifyPageModel>> Handle(GetVerifyPageQuery query, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Year == query.Year, cancellationToken);
        if (cycle is null)
        {
            return AppError.NotFound("cycle.not_found");
        }

        var filter = Clean(query.Filter);
        var indicators = await FrameworkLabels.IndicatorsAsync(db, cycle.EditionId, cancellationToken);
        var all = await VerifyRows.ReadAsync(db, user, cycle, cancellationToken);
        var shown = all.Where(r => filter.Matches(r, indicators.GetValueOrDefault(r.Indicator)?.Criterion)).ToList();
        var pages = Math.Max(1, (shown.Count + GetVerifyPageQuery.PageSize - 1) / GetVerifyPageQuery.PageSize);
        var page = Math.Clamp(query.Page, 1, pages);
        var governorates = await db.OrgUnits.AsNoTracking().Where(o => o.Kind == OrgUnitKind.Governorate).OrderBy(o => o.Order).ThenBy(o => o.Code)
            .Select(o => new GovernorateLabel(o.Code, o.NameAr, o.NameEn))
            .ToListAsync(cancellationToken);
        var closed = cycle.Status == CycleStatus.Closed;
        var reopenable = closed && filter.Governorate is { } governorate
            ? (await SubmissionList.ReadAsync(db, user, clock.GetUtcNow(), query.Year, new(governorate), cancellationToken) ?? [])
                .Where(i => i.State is SubmissionState.Locked or SubmissionState.Missing).ToList()
            : [];
        return new VerifyPageModel(
            closed,
            governorates,
            await FrameworkLabels.CriteriaAsync(db, cycle.EditionId, cancellationToken),
            indicators,
            new VerifyCounts(all.Count, shown.Count, shown.Count(r => r.Work == VerifyWork.DecideNa), shown.Count(r => r.Work == VerifyWork.Verify)),
            page,
            pages,
            [.. shown.Skip((page - 1) * GetVerifyPageQuery.PageSize).Take(GetVerifyPageQuery.PageSize)],
            reopenable,
            await ScorecardLinks.ReadableAsync(access, governorates.Select(g => g.Code), cancellationToken));
    }

    /// <summary>The filter with blank values as "all" and codes trimmed; an unknown flag filter shows nothing rather than everything.</summary>
    private static VerifyFilter Clean(VerifyFilter? filter) => filter is null
        ? new VerifyFilter()
        : filter with { Governorate = Blank(filter.Governorate), Criterion = Blank(filter.Criterion), Flag = Blank(filter.Flag) };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
