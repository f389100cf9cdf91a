namespace KpiTracker.Domain.Frameworks;

public sealed class Indicator : IAudited
{
    private Indicator()
    {
    }

    public Guid Id { get; private set; }
    public Guid CriterionId { get; private set; }
    public string Code { get; private set; } = "";

    public string AuditKey => Code;
    public int Order { get; private set; }
    public string NameAr { get; private set; } = "";
    public string NameEn { get; private set; } = "";
    public string DefinitionAr { get; private set; } = "";
    public string DefinitionEn { get; private set; } = "";
    public IndicatorUnit Unit { get; private set; }
    public IndicatorDirection Direction { get; private set; }
    public SourceType Source { get; private set; }
    public decimal? Lower { get; private set; }
    public decimal? Target { get; private set; }
    public decimal? RangeLowerZero { get; private set; }
    public decimal? RangeTargetLow { get; private set; }
    public decimal? RangeTargetHigh { get; private set; }
    public decimal? RangeUpperZero { get; private set; }
    public decimal Weight { get; private set; }
    public bool EvidenceRequired { get; private set; }
    public decimal? AllowedMin { get; private set; }
    public decimal? AllowedMax { get; private set; }
    public decimal? ExpectedMin { get; private set; }
    public decimal? ExpectedMax { get; private set; }
    public int? MinSurveySample { get; private set; }

    public RangeBounds? Range =>
        RangeLowerZero is { } a && RangeTargetLow is { } b && RangeTargetHigh is { } c && RangeUpperZero is { } d
            ? new RangeBounds(a, b, c, d)
            : null;

    public IndicatorSpec ToSpec() => new()
    {
        Code = Code,
        NameAr = NameAr,
        NameEn = NameEn,
        DefinitionAr = DefinitionAr,
        DefinitionEn = DefinitionEn,
        Unit = Unit,
        Direction = Direction,
        Source = Source,
        Lower = Lower,
        Target = Target,
        Range = Range,
        Weight = Weight,
        EvidenceRequired = EvidenceRequired,
        AllowedMin = AllowedMin,
        AllowedMax = AllowedMax,
        ExpectedMin = ExpectedMin,
        ExpectedMax = ExpectedMax,
        MinSurveySample = MinSurveySample,
    };

    internal static Indicator Create(Guid criterionId, int order, IndicatorSpec spec)
    {
        var indicator = new Indicator { Id = Guid.NewGuid(), CriterionId = criterionId, Order = order };
        indicator.Apply(spec);
        return indicator;
    }

    internal void Apply(IndicatorSpec spec)
    {
        if (spec.Check().FirstOrDefault() is { } broken)
        {
            throw new DomainException($"Indicator {spec.Code}: {broken.Code}");
        }

        Code = spec.Code;
        NameAr = spec.NameAr;
        NameEn = spec.NameEn;
        DefinitionAr = spec.DefinitionAr;
        DefinitionEn = spec.DefinitionEn;
        Unit = spec.Unit;
        Direction = spec.Direction;
        Source = spec.Source;
        var isRange = spec.Direction == IndicatorDirection.Range;
        Lower = isRange ? null : spec.Lower;
        Target = isRange ? null : spec.Target;
        RangeLowerZero = isRange ? spec.Range!.LowerZero : null;
        RangeTargetLow = isRange ? spec.Range!.TargetLow : null;
        RangeTargetHigh = isRange ? spec.Range!.TargetHigh : null;
        RangeUpperZero = isRange ? spec.Range!.UpperZero : null;
        Weight = spec.Weight;
        EvidenceRequired = spec.EvidenceRequired;
        AllowedMin = spec.AllowedMin;
        AllowedMax = spec.AllowedMax;
        ExpectedMin = spec.ExpectedMin;
        ExpectedMax = spec.ExpectedMax;
        MinSurveySample = spec.Source == SourceType.Survey ? spec.MinSurveySample ?? IndicatorSpec.DefaultMinSurveySample : null;
    }
}
