using Riok.Mapperly.Abstractions;

namespace KpiTracker.Application.Features.Frameworks;

[Mapper]
internal static partial class FrameworkMapper
{
    public static EditionDto ToDto(FrameworkEdition edition) => new(
        edition.Code,
        edition.NameAr,
        edition.NameEn,
        edition.Status,
        edition.CreatedAt,
        edition.PublishedAt,
        new TrafficLightsDto(edition.GreenThreshold, edition.AmberThreshold),
        [.. edition.Bands.OrderBy(b => b.Order).Select(ToDto)],
        [.. edition.Criteria.OrderBy(c => c.Order).Select(c => ToDto(c, c.Indicators.OrderBy(i => i.Order).Select(i => ToDto(i, c.Code)).ToList()))]);

    [MapperIgnoreSource(nameof(Band.Id))]
    [MapperIgnoreSource(nameof(Band.EditionId))]
    [MapperIgnoreSource(nameof(Band.Order))]
    public static partial BandDto ToDto(Band band);

    [MapperIgnoreSource(nameof(Criterion.Id))]
    [MapperIgnoreSource(nameof(Criterion.EditionId))]
    [MapperIgnoreSource(nameof(Criterion.Indicators))]
    [MapperIgnoreSource(nameof(Criterion.AuditKey))]
    private static partial CriterionDto ToDto(Criterion criterion, IReadOnlyList<IndicatorDto> indicators);

    [MapperIgnoreSource(nameof(Indicator.Id))]
    [MapperIgnoreSource(nameof(Indicator.CriterionId))]
    [MapperIgnoreSource(nameof(Indicator.AuditKey))]
    [MapperIgnoreSource(nameof(Indicator.RangeLowerZero))]
    [MapperIgnoreSource(nameof(Indicator.RangeTargetLow))]
    [MapperIgnoreSource(nameof(Indicator.RangeTargetHigh))]
    [MapperIgnoreSource(nameof(Indicator.RangeUpperZero))]
    public static partial IndicatorDto ToDto(Indicator indicator, string criterion);

    [MapperIgnoreSource(nameof(RangeBounds.IsOrdered))]
    private static partial RangeDto ToDto(RangeBounds range);
}
