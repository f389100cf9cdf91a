using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Organisation;

namespace KpiTracker.Application.Features.Submissions.GetVerifyPage;

/// <summary>The central team's verification list of a cycle, for one governorate or all of them.</summary>
public sealed record GetVerifyPageQuery(int Year, string? Governorate) : IQuery<Result<VerifyPageModel>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

/// <summary>
/// Whether the cycle is closed (items are then reopened, not verified); the governorates to filter by and the indicators'
/// names; the accepted items to verify or return, the N/A requests to decide, and the locked or missing items to reopen; the
/// governorates whose scorecards the caller may open (their names link there).
/// </summary>
public sealed record VerifyPageModel(
    bool Closed,
    IReadOnlyList<GovernorateLabel> Governorates,
    IReadOnlyDictionary<string, IndicatorLabel> Indicators,
    IReadOnlyList<SubmissionSummaryDto> Accepted,
    IReadOnlyList<SubmissionSummaryDto> Requests,
    IReadOnlyList<SubmissionSummaryDto> Reopenable,
    IReadOnlyList<string> Scorecards);

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

        var governorate = string.IsNullOrWhiteSpace(query.Governorate) ? null : query.Governorate.Trim();
        var items = await SubmissionList.ReadAsync(db, user, clock.GetUtcNow(), query.Year, new(governorate), cancellationToken) ?? [];
        var governorates = await db.OrgUnits.AsNoTracking().Where(o => o.Kind == OrgUnitKind.Governorate).OrderBy(o => o.Order).ThenBy(o => o.Code)
            .Select(o => new GovernorateLabel(o.Code, o.NameAr, o.NameEn))
            .ToListAsync(cancellationToken);
        return new VerifyPageModel(
            cycle.Status == CycleStatus.Closed,
            governorates,
            await FrameworkLabels.IndicatorsAsync(db, cycle.EditionId, cancellationToken),
            [.. items.Where(i => i.State == SubmissionState.Accepted)],
            [.. items.Where(i => i.NotApplicable == NotApplicableRequest.Requested)],
            [.. items.Where(i => i.State is SubmissionState.Locked or SubmissionState.Missing)],
            await ScorecardLinks.ReadableAsync(access, governorates.Select(g => g.Code), cancellationToken));
    }
}
