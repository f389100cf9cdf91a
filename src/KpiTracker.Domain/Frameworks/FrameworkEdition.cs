namespace KpiTracker.Domain.Frameworks;

/// <summary>
/// A versioned assessment framework: criteria, indicators, bands and traffic-light thresholds.
/// Drafts may change; a published edition never does, so every score computed on it stays explainable.
/// </summary>
public sealed class FrameworkEdition : IAudited
{
    private readonly List<Criterion> _criteria = [];
    private readonly List<Band> _bands = [];

    private FrameworkEdition()
    {
    }

    public Guid Id { get; private set; }
    public string Code { get; private set; } = "";

    public string AuditKey => Code;
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

    /// <summary>A new draft with the same content under a new code: the way to change a published edition.</summary>
    public FrameworkEdition CloneAsDraft(string code, string nameAr, string nameEn, DateTimeOffset now) => Create(
        new EditionSpec(
            code,
            nameAr,
            nameEn,
            [.. _bands.OrderBy(b => b.Order).Select(b => new BandSpec(b.Code, b.NameAr, b.NameEn, b.MinScore))],
            new TrafficLightThresholds(GreenThreshold, AmberThreshold),
            [.. _criteria.OrderBy(c => c.Order).Select(c => new CriterionSpec(c.Code, c.NameAr, c.NameEn, c.Weight))],
            [.. _criteria.OrderBy(c => c.Order).SelectMany(c => c.Indicators.OrderBy(i => i.Order).Select(i => (c.Code, i.ToSpec())))]),
        now);

    public Criterion? FindCriterion(string code) => _criteria.FirstOrDefault(c => c.Code == code);

    public Indicator? FindIndicator(string code) => Indicators.FirstOrDefault(i => i.Code == code);

    public void UpdateCriterion(string code, string nameAr, string nameEn, decimal weight)
    {
        EnsureDraft();
        if (weight <= 0)
        {
            throw new DomainException($"Criterion {code}: weight must be positive.");
        }

        var criterion = FindCriterion(code) ?? throw new DomainException($"No criterion {code} in {Code}.");
        criterion.Rename(nameAr, nameEn);
        criterion.Reweigh(weight);
    }

    /// <summary>Replaces an indicator's names, definitions, bounds and checks; its code, criterion and unit stay.</summary>
    public void UpdateIndicator(IndicatorSpec spec)
    {
        EnsureDraft();
        var indicator = FindIndicator(spec.Code) ?? throw new DomainException($"No indicator {spec.Code} in {Code}.");
        indicator.Apply(spec);
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
