using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    // Bounds and values keep up to 6 decimals, the most the validation rules accept.
    private const int Precision = 20;
    private const int Scale = 6;

    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("indicators");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Code).HasMaxLength(20).IsRequired();
        builder.HasIndex(i => new { i.CriterionId, i.Code }).IsUnique();
        builder.Property(i => i.NameAr).HasMaxLength(500).IsRequired();
        builder.Property(i => i.NameEn).HasMaxLength(500).IsRequired();
        builder.Property(i => i.DefinitionAr).HasMaxLength(4000);
        builder.Property(i => i.DefinitionEn).HasMaxLength(4000);
        builder.Property(i => i.Unit).HasConversion<EnumCodeConverter<IndicatorUnit>>().HasMaxLength(20);
        builder.Property(i => i.Direction).HasConversion<EnumCodeConverter<IndicatorDirection>>().HasMaxLength(10);
        builder.Property(i => i.Source).HasConversion<EnumCodeConverter<SourceType>>().HasMaxLength(20);
        foreach (var p in new[]
                 {
                     nameof(Indicator.Lower), nameof(Indicator.Target), nameof(Indicator.RangeLowerZero), nameof(Indicator.RangeTargetLow),
                     nameof(Indicator.RangeTargetHigh), nameof(Indicator.RangeUpperZero), nameof(Indicator.Weight), nameof(Indicator.AllowedMin),
                     nameof(Indicator.AllowedMax), nameof(Indicator.ExpectedMin), nameof(Indicator.ExpectedMax),
                 })
        {
            builder.Property(p).HasPrecision(Precision, Scale);
        }

        builder.Ignore(i => i.Range);
    }
}
