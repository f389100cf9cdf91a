using KpiTracker.Application.Features.Cycles;

namespace KpiTracker.Application.Features.Accounts.GetHomePage;

/// <summary>The home page: the open cycle and its deadline, and the entry points the caller's grants lead to.</summary>
public sealed record GetHomePageQuery : IQuery<Result<HomePageModel>>, ISelfMessage;

/// <summary>
/// The newest open cycle, if any, and whole days to its submission deadline; the year the scorecard and central links lead to
/// (the open cycle's, else last year); what the caller may reach; the governorates named in their scorecard grants, and those
/// whose every item they read (as their reviewer).
/// </summary>
public sealed record HomePageModel(
    CycleSummaryDto? Cycle,
    int DaysLeft,
    int ScoreYear,
    Abilities Can,
    IReadOnlyList<string> Scorecards,
    IReadOnlyList<string> Progress);

internal sealed class GetHomePageHandler(AppDbContext db, AccessChecker access, TimeProvider clock) : IQueryHandler<GetHomePageQuery, Result<HomePageModel>>
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
            // A grant for every governorate leads to the framework's list instead.
            Units(grants.Where(g => RolePermissions.Grants(g.Role, Permission.ScorecardRead))),
            // Progress is for those who read every item of a governorate; an owner's grant covers single indicators.
            Units(grants.Where(g => g.IndicatorCode is null && RolePermissions.Grants(g.Role, Permission.SubmissionRead))));
    }

    private static List<string> Units(IEnumerable<Grant> grants) =>
        [.. grants.Where(g => g.OrgUnitCode is not null).Select(g => g.OrgUnitCode!).Distinct().Order(StringComparer.Ordinal)];
}
