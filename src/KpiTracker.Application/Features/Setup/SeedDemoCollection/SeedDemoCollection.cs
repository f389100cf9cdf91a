using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Application.Features.Flags;
using KpiTracker.Application.Features.Frameworks.DefaultEdition;
using KpiTracker.Application.Features.Submissions;

namespace KpiTracker.Application.Features.Setup.SeedDemoCollection;

/// <summary>
/// Demo data for <c>deploy/local.sh run</c>, after the demo accounts: closed cycles 2023 and 2024 with values for every
/// governorate and indicator (a few returns, not-applicable grants, missing items and outliers among them, their flags
/// confirmed) and an open 2025 cycle part-way through collection, with work waiting for the OM-BS and OM-MA demo accounts
/// (drafts, submitted, returned, accepted and verified items, a pending not-applicable request, open outlier flags,
/// notifications). Values come from a fixed seed, so every run gives the same numbers. The 2025 calendar is set around the
/// day it is seeded (opened 20 days before, deadline 15 days after, expiry 30, review 45, verification 75, close 90 days
/// after, in Muscat dates) so the demo is mid-collection whenever it runs. Does nothing when any cycle exists.
/// </summary>
public sealed record SeedDemoCollectionCommand : ICommand<SeedDemoCollectionResult>, ISystemMessage;

public sealed record SeedDemoCollectionResult(bool Seeded, int Items, int Flags);

internal sealed class SeedDemoCollectionHandler(AppDbContext db, Notifier notifier, FileStore store, TimeProvider clock)
    : ICommandHandler<SeedDemoCollectionCommand, SeedDemoCollectionResult>
{
    private const int OpenYear = 2025;
    private static readonly int[] ClosedYears = [2023, 2024];

    public async ValueTask<SeedDemoCollectionResult> Handle(SeedDemoCollectionCommand command, CancellationToken cancellationToken)
    {
        if (await db.Cycles.AnyAsync(cancellationToken))
        {
            return new SeedDemoCollectionResult(false, 0, 0);
        }

        var edition = await db.FrameworkEditions.AsNoTracking().Include(e => e.Criteria).ThenInclude(c => c.Indicators).AsSplitQuery()
            .SingleAsync(e => e.Code == DefaultEditionFile.Code, cancellationToken);
        var units = await CycleQueries.AssessedUnitsAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        // One transaction for the whole seed (the command's): the scans below see the items, and a failed seed leaves no cycle.
        var plan = new DemoPlan(edition, units);
        var items = 0;
        foreach (var year in ClosedYears)
        {
            var (cycle, submissions) = plan.Closed(year);
            db.Cycles.Add(cycle);
            db.Submissions.AddRange(submissions);
            items += submissions.Count;
        }

        var (open, current) = plan.Open(OpenYear, now);
        db.Cycles.Add(open);
        db.Submissions.AddRange(current);
        items += current.Count;

        // Items that needed evidence to be submitted have a real file behind their record; the bytes are written
        // first, so a failed seed can leave unreferenced files but never a record without its file.
        foreach (var (evidence, bytes) in plan.Files)
        {
            await using var content = new MemoryStream(bytes, writable: false);
            await store.SaveAsAsync(evidence.StoredName, content, cancellationToken);
            db.Add(evidence);
        }

        foreach (var (item, kind) in plan.Notices)
        {
            if (kind == NotificationKind.SubmissionSubmitted)
            {
                await notifier.ToReviewersAsync(item, kind, item.UpdatedAt, cancellationToken);
            }
            else
            {
                await notifier.ToOwnersAsync(item, kind, item.UpdatedAt, cancellationToken);
            }
        }

        await DemoCommitments.AddAsync(db, edition, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var flags = 0;
        foreach (var year in ClosedYears.Append(OpenYear))
        {
            flags += (await OutlierScanner.ScanAsync(db, clock, year, cancellationToken)).Value.FlagsAdded;
        }

        // Closed cycles were reviewed: their flags were answered before they closed.
        var answered = await db.SubmissionFlags.Where(f => f.Year < OpenYear && f.Status == FlagStatus.Open).ToListAsync(cancellationToken);
        foreach (var flag in answered)
        {
            flag.Confirm("تحققنا من القيمة مع المحافظة؛ الأرقام صحيحة ومدعومة بالأدلة.", flag.CreatedAt, "reviewer");
        }

        await db.SaveChangesAsync(cancellationToken);
        await DemoActions.AddAsync(db, store, cancellationToken);
        return new SeedDemoCollectionResult(true, items, flags);
    }
}
