using System.Collections.Concurrent;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Scoring;

/// <summary>A cycle's edition as the engine and the scorecards need it: read once per cycle, then shared by every governorate.</summary>
internal sealed record EditionModel(
    Guid Id,
    string Code,
    ScoringFramework Framework,
    IReadOnlyList<Criterion> Criteria,
    IReadOnlyList<Indicator> Indicators)
{
    /// <summary>The edition's indicators by code (ordinal).</summary>
    public IReadOnlyDictionary<string, Indicator> IndicatorsByCode { get; } = Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);

    /// <summary>Published when read: such an edition never changes again (<see cref="FrameworkEdition.EnsureDraft"/>).</summary>
    public bool Published { get; init; }

    /// <summary>When it was published (null for a draft); part of what identifies an immutable edition.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>Reads the edition from the database, always (four queries: the edition, its bands, criteria and indicators). Prefer <see cref="EditionModels"/>.</summary>
    public static async Task<EditionModel> LoadAsync(AppDbContext db, Guid editionId, CancellationToken cancellationToken)
    {
        var edition = await db.FrameworkEditions.AsNoTracking().AsSplitQuery()
            .Include(e => e.Bands)
            .Include(e => e.Criteria).ThenInclude(c => c.Indicators)
            .SingleAsync(e => e.Id == editionId, cancellationToken);
        var criteria = edition.Criteria.OrderBy(c => c.Order).ToList();
        var indicators = edition.Indicators.ToList();
        var codeOf = criteria.ToDictionary(c => c.Id, c => c.Code);
        var framework = new ScoringFramework(
            [.. criteria.Select(c => new ScoringCriterion(c.Code, c.Weight, c.Order))],
            [.. indicators.Select(i => new ScoringIndicator(i.Code, codeOf[i.CriterionId], i.Direction, i.Lower, i.Target, i.Range, i.Weight))],
            [.. edition.Bands.Select(b => (b.Code, b.MinScore))],
            edition.GreenThreshold,
            edition.AmberThreshold);
        return new EditionModel(edition.Id, edition.Code, framework, criteria, indicators)
        {
            Published = edition.Status == EditionStatus.Published,
            PublishedAt = edition.PublishedAt,
        };
    }

    /// <summary>The framework with this governorate's L and T overrides in place of the edition's.</summary>
    public ScoringFramework For(IReadOnlyDictionary<string, (decimal Lower, decimal Target)> overrides) =>
        overrides.Count == 0
            ? Framework
            : Framework with
            {
                Indicators = [.. Framework.Indicators.Select(i => overrides.TryGetValue(i.Code, out var o) ? i with { Lower = o.Lower, Target = o.Target } : i)],
            };
}

/// <summary>
/// The edition models of published editions, kept for the life of the process (one per host: a singleton), so a recompute does
/// not read the edition's four tables again. Safe because a published edition never changes: the domain refuses every edit of
/// it (<see cref="FrameworkEdition.EnsureDraft"/>), a change is made on a new draft with a new id, and ids are random GUIDs that
/// are never reused. The key is the edition's id; an entry is only made from a read that found the edition published, and a
/// draft is never kept, so a draft's edits and its publication are always read fresh. Editions are few (one a year or so), so
/// the cache is not bounded.
/// </summary>
internal sealed class EditionModels
{
    private readonly ConcurrentDictionary<Guid, EditionModel> _published = new();

    /// <summary>Editions currently kept (for tests and diagnostics).</summary>
    public int Count => _published.Count;

    public async Task<EditionModel> GetAsync(AppDbContext db, Guid editionId, CancellationToken cancellationToken)
    {
        if (_published.TryGetValue(editionId, out var cached))
        {
            return cached;
        }

        var model = await EditionModel.LoadAsync(db, editionId, cancellationToken);
        return model is { Published: true, PublishedAt: not null } ? _published.GetOrAdd(editionId, model) : model;
    }

    /// <summary>Whether a published edition with this id is kept (for tests).</summary>
    public bool Holds(Guid editionId) => _published.ContainsKey(editionId);
}
