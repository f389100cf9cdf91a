using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class CycleConfiguration : IEntityTypeConfiguration<Cycle>
{
    public void Configure(EntityTypeBuilder<Cycle> builder)
    {
        builder.ToTable("cycles");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Year).IsUnique();
        builder.Property(c => c.Status).HasConversion<EnumCodeConverter<CycleStatus>>().HasMaxLength(20);
        builder.HasOne<FrameworkEdition>().WithMany().HasForeignKey(c => c.EditionId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(c => c.Calendar);
        builder.Ignore(c => c.AuditKey);
    }
}

internal sealed class CycleTargetOverrideConfiguration : IEntityTypeConfiguration<CycleTargetOverride>
{
    public void Configure(EntityTypeBuilder<CycleTargetOverride> builder)
    {
        builder.ToTable("cycle_target_overrides");
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => new { o.CycleId, o.OrgUnitCode, o.IndicatorCode }).IsUnique();
        builder.Property(o => o.OrgUnitCode).HasMaxLength(40).IsRequired();
        builder.Property(o => o.IndicatorCode).HasMaxLength(20).IsRequired();
        builder.Property(o => o.Lower).HasPrecision(CollectionColumns.Precision, CollectionColumns.Scale);
        builder.Property(o => o.Target).HasPrecision(CollectionColumns.Precision, CollectionColumns.Scale);
        builder.HasOne<Cycle>().WithMany().HasForeignKey(o => o.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(o => o.AuditKey);
    }
}

/// <summary>
/// Entered numbers keep up to 14 integer digits and 6 decimals: exactly what <see cref="DecimalInput"/> accepts. An item's value
/// is <see cref="Unscaled"/>, numeric without a scale, because a computed value (GOV-02) is stored at full precision.
/// </summary>
internal static class CollectionColumns
{
    public const int Precision = 20;
    public const int Scale = 6;
    public const string Unscaled = "numeric";
}
