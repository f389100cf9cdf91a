namespace KpiTracker.Domain.Frameworks;

public sealed class Criterion : IAudited
{
    private readonly List<Indicator> _indicators = [];

    private Criterion()
    {
    }

    public Guid Id { get; private set; }
    public Guid EditionId { get; private set; }
    public string Code { get; private set; } = "";

    public string AuditKey => Code;
    public int Order { get; private set; }
    public string NameAr { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public decimal Weight { get; private set; }

    public IReadOnlyList<Indicator> Indicators => _indicators;

    internal static Criterion Create(Guid editionId, int order, string code, string nameAr, string nameEn, decimal weight) =>
        new() { Id = Guid.NewGuid(), EditionId = editionId, Order = order, Code = code, NameAr = nameAr, NameEn = nameEn, Weight = weight };

    internal Indicator AddIndicator(IndicatorSpec spec)
    {
        var indicator = Indicator.Create(Id, _indicators.Count + 1, spec);
        _indicators.Add(indicator);
        return indicator;
    }

    internal void Rename(string nameAr, string nameEn)
    {
        NameAr = nameAr;
        NameEn = nameEn;
    }

    internal void Reweigh(decimal weight) => Weight = weight;
}
