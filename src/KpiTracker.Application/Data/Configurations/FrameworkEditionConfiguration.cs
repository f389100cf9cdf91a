using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class FrameworkEditionConfiguration : IEntityTypeConfiguration<FrameworkEdition>
{
    public void Configure(EntityTypeBuilder<FrameworkEdition> builder)
    {
        builder.ToTable("framework_editions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.NameAr).HasMaxLength(300).IsRequired();
        builder.Property(e => e.NameEn).HasMaxLength(300).IsRequired();
        builder.Property(e => e.Status).HasConversion<EnumCodeConverter<EditionStatus>>().HasMaxLength(20);
        builder.Property(e => e.GreenThreshold).HasPrecision(9, 4);
        builder.Property(e => e.AmberThreshold).HasPrecision(9, 4);
        builder.HasMany(e => e.Criteria).WithOne().HasForeignKey(c => c.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Bands).WithOne().HasForeignKey(b => b.EditionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Criteria).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.Bands).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(e => e.Indicators);
    }
}

internal sealed class CriterionConfiguration : IEntityTypeConfiguration<Criterion>
{
    public void Configure(EntityTypeBuilder<Criterion> builder)
    {
        builder.ToTable("criteria");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(20).IsRequired();
        builder.HasIndex(c => new { c.EditionId, c.Code }).IsUnique();
        builder.Property(c => c.NameAr).HasMaxLength(300).IsRequired();
        builder.Property(c => c.NameEn).HasMaxLength(300).IsRequired();
        builder.Property(c => c.Weight).HasPrecision(18, 6);
        builder.HasMany(c => c.Indicators).WithOne().HasForeignKey(i => i.CriterionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Indicators).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class BandConfiguration : IEntityTypeConfiguration<Band>
{
    public void Configure(EntityTypeBuilder<Band> builder)
    {
        builder.ToTable("bands");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(b => new { b.EditionId, b.Code }).IsUnique();
        builder.Property(b => b.NameAr).HasMaxLength(100).IsRequired();
        builder.Property(b => b.NameEn).HasMaxLength(100).IsRequired();
        builder.Property(b => b.MinScore).HasPrecision(9, 4);
    }
}
