using KpiTracker.Domain.Common;

namespace KpiTracker.Domain.Frameworks;

/// <summary>
/// A versioned assessment framework: criteria, indicators, bands and traffic-light thresholds.
/// Drafts may change; a published edition never does, so every score computed on it stays explainable.
/// </summary>
public sealed class FrameworkEdition
{
    private readonly List<Criterion> _criteria = [];
    private readonly List<Band> _bands = [];

    private FrameworkEdition()
    {
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";
    public string NameAr { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public EditionStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public decimal GreenThreshold { get; private set; }
    public decimal AmberThreshold { get; private set; }

    public IReadOnlyList<Criterion> Criteria => _criteria;
    public IReadOnlyList<Band> Bands => _bands;

    public IEnumerable<Indicator> Indicators => _criteria.OrderBy(c => c.Order).SelectMany(c => c.Indicators.OrderBy(i => i.Order));

    public static FrameworkEdition Create(EditionSpec spec, DateTimeOffset now)
    {
        var edition = new FrameworkEdition
        {
            Id = Guid.NewGuid(),
            Code = spec.Code,
            NameAr = spec.NameAr,
            NameEn = spec.NameEn,
            Status = EditionStatus.Draft,
            CreatedAt = now,
            GreenThreshold = spec.TrafficLights.Green,
            AmberThreshold = spec.TrafficLights.Amber,
        };

        for (var i = 0; i < spec.Bands.Count; i++)
        {
            edition._bands.Add(Band.Create(edition.Id, i + 1, spec.Bands[i]));
        }

        foreach (var criterionSpec in spec.Criteria)
        {
            if (criterionSpec.Weight <= 0)
            {
                throw new DomainException($"Criterion {criterionSpec.Code}: weight must be positive.");
            }

            var criterion = Criterion.Create(edition.Id, edition._criteria.Count + 1, criterionSpec.Code, criterionSpec.NameAr, criterionSpec.NameEn, criterionSpec.Weight);
            edition._criteria.Add(criterion);
            foreach (var (_, indicator) in spec.Indicators.Where(x => x.CriterionCode == criterionSpec.Code))
            {
                criterion.AddIndicator(indicator);
            }
        }

        return edition;
    }

    public void Publish(DateTimeOffset now)
    {
        EnsureDraft();
        Status = EditionStatus.Published;
        PublishedAt = now;
    }

    public void EnsureDraft()
    {
        if (Status != EditionStatus.Draft)
        {
            throw new DomainException($"Edition {Code} is published and cannot change.");
        }
    }

    public Band BandFor(decimal roundedScore) =>
        _bands.OrderByDescending(b => b.MinScore).FirstOrDefault(b => roundedScore >= b.MinScore)
        ?? _bands.OrderBy(b => b.MinScore).First();
}
