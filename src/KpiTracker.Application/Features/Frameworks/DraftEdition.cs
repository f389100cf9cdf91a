namespace KpiTracker.Application.Features.Frameworks;

/// <summary>What the draft commands (clone, update a criterion or an indicator, publish) share: the whole edition, tracked.</summary>
internal static class DraftEdition
{
    public static Task<FrameworkEdition?> LoadAsync(AppDbContext db, string code, CancellationToken cancellationToken) =>
        db.FrameworkEditions.Include(e => e.Bands).Include(e => e.Criteria).ThenInclude(c => c.Indicators).AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Code == code, cancellationToken);
}
