using KpiTracker.Application.Features.Cycles;

namespace KpiTracker.Application.Features.Submissions.GetMyIndicatorsPage;

/// <summary>
/// The owner's page: the open cycle's items the caller owns, the deadline, and the governorates they may import for. By default
/// only the items that need the owner (<see cref="WorkQueues.NeedsOwner"/>); <see cref="All"/> lists every owned item.
/// </summary>
public sealed record GetMyIndicatorsPageQuery(bool All = false) : IQuery<Result<MyIndicatorsPageModel>>, ISelfMessage;

/// <summary>
/// The newest open cycle (without one the page has nothing to show), whole days to its submission deadline (negative once it has
/// passed), the caller's items (returned first, then those still to submit, then the rest, each group in framework order), how
/// many of the owned items need the owner and how many there are in all, and the governorates of their owner grants, whose
/// templates they download and import.
/// </summary>
public sealed record MyIndicatorsPageModel(
    CycleSummaryDto? Cycle,
    int DaysLeft,
    IReadOnlyList<MyItem> Items,
    IReadOnlyList<string> Units,
    int NeedsMe = 0,
    int Total = 0);

/// <summary>One owned item, its indicator's names and the reviewer's last return, if it was returned.</summary>
public sealed record MyItem(SubmissionSummaryDto Item, IndicatorLabel? Label, ReturnDto? LastReturn);

internal sealed class GetMyIndicatorsPageHandler(AppDbContext db, ICurrentUser user, AccessChecker access, TimeProvider clock)
    : IQueryHandler<GetMyIndicatorsPageQuery, Result<MyIndicatorsPageModel>>
{
    public async ValueTask<Result<MyIndicatorsPageModel>> Handle(GetMyIndicatorsPageQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await access.HasAsync(Permission.FrameworkRead, cancellationToken: cancellationToken) ? await CurrentCycle.ReadAsync(db, now, cancellationToken) : null;
        if (open is not var (cycle, summary))
        {
            return new MyIndicatorsPageModel(null, 0, [], []);
        }

        var owned = (await access.GrantsAsync(cancellationToken)).Where(g => g.Role == Role.IndicatorOwner).ToList();
        var units = owned.Where(g => g.OrgUnitCode is not null).Select(g => g.OrgUnitCode!).Distinct().Order(StringComparer.Ordinal).ToList();
        var items = await access.HasAsync(Permission.SubmissionRead, cancellationToken: cancellationToken)
            ? await SubmissionList.ReadAsync(db, user, now, cycle.Year, new(), cancellationToken) ?? []
            : [];
        var labels = await FrameworkLabels.IndicatorsAsync(db, cycle.EditionId, cancellationToken);
        var returns = await LastReturnsAsync(cycle, cancellationToken);
        var mine = items.Where(r => owned.Any(g => g.Covers(r.Governorate, r.Indicator))).ToList();
        // OrderBy is stable: within a group the list keeps its framework order.
        var shown = mine.Where(r => query.All || WorkQueues.NeedsOwner(r, summary.EntryOpen)).OrderBy(r => WorkQueues.OwnerUrgency(r, summary.EntryOpen));
        return new MyIndicatorsPageModel(
            summary,
            CurrentCycle.DaysLeft(summary.Calendar.SubmissionDeadline, now),
            [.. shown.Select(r => new MyItem(r, labels.GetValueOrDefault(r.Indicator), r.ReturnReason is null ? null : returns.GetValueOrDefault((r.Governorate, r.Indicator))))],
            units,
            mine.Count(r => WorkQueues.NeedsOwner(r, summary.EntryOpen)),
            mine.Count);
    }

    /// <summary>The cycle's returned items with the reviewer's reason and words.</summary>
    private async Task<Dictionary<(string, string), ReturnDto>> LastReturnsAsync(Cycle cycle, CancellationToken cancellationToken) =>
        (await db.Submissions.AsNoTracking()
            .Where(s => s.CycleId == cycle.Id && s.ReturnReason != null && s.ReturnedAt != null)
            .Select(s => new { s.OrgUnitCode, s.IndicatorCode, Reason = s.ReturnReason!.Value, s.ReturnText, At = s.ReturnedAt!.Value, s.ReturnedBy })
            .ToListAsync(cancellationToken))
        .ToDictionary(
            s => (s.OrgUnitCode, s.IndicatorCode),
            s => new ReturnDto(s.Reason.ToCode(), Messages.Get("return_reason." + s.Reason.ToCode()), s.ReturnText ?? "", s.At, s.ReturnedBy));
}
