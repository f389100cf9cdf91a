using KpiTracker.Application.Features.Cycles;
using KpiTracker.Application.Features.Submissions;

namespace KpiTracker.Application.Features.Accounts.GetHomePage;

/// <summary>
/// The home page: the open cycle and its deadline, and the entry points the caller's grants lead to; <see cref="ResultsYear"/>
/// picks the cycle whose results it links (by default the newest open and the newest closed one).
/// </summary>
public sealed record GetHomePageQuery(int? ResultsYear = null) : IQuery<Result<HomePageModel>>, ISelfMessage;

/// <summary>
/// The newest open cycle, if any, and whole days to its submission deadline; the year the scorecard and central links lead to
/// (the open cycle's, else last year); what the caller may reach; the governorates whose every item they read (as their
/// reviewer); the results they may read (comparisons and scorecards), null when none; and what waits for them in the open cycle.
/// </summary>
public sealed record HomePageModel(
    CycleSummaryDto? Cycle,
    int DaysLeft,
    int ScoreYear,
    Abilities Can,
    IReadOnlyList<string> Progress,
    HomeResults? Results,
    WorkCounts Work);

internal sealed class GetHomePageHandler(AppDbContext db, ICurrentUser user, AccessChecker access, TimeProvider clock) : IQueryHandler<GetHomePageQuery, Result<HomePageModel>>
{
    public async ValueTask<Result<HomePageModel>> Handle(GetHomePageQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cycle = await access.HasAsync(Permission.FrameworkRead, cancellationToken: cancellationToken)
            ? (await CurrentCycle.ReadAsync(db, now, cancellationToken))?.Summary
            : null;
        var grants = await access.GrantsAsync(cancellationToken);
        return new HomePageModel(
            cycle,
            cycle is null ? 0 : CurrentCycle.DaysLeft(cycle.Calendar.SubmissionDeadline, now),
            cycle?.Year ?? now.Year - 1,
            await Abilities.ReadAsync(access, cancellationToken),
            // Progress is for those who read every item of a governorate; an owner's grant covers single indicators.
            Units(grants.Where(g => g.IndicatorCode is null && RolePermissions.Grants(g.Role, Permission.SubmissionRead))),
            await HomeResultsReader.ReadAsync(db, user, access, query.ResultsYear, cancellationToken),
            cycle is null ? WorkCounts.None : await WorkCountsReader.ReadAsync(db, user, access, now, cycle, cancellationToken));
    }

    private static List<string> Units(IEnumerable<Grant> grants) =>
        [.. grants.Where(g => g.OrgUnitCode is not null).Select(g => g.OrgUnitCode!).Distinct().Order(StringComparer.Ordinal)];
}
