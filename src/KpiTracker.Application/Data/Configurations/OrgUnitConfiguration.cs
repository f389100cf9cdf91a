using KpiTracker.Domain.Organisation;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.ToTable("org_units");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(o => o.Code).IsUnique();
        builder.Property(o => o.NameAr).HasMaxLength(300).IsRequired();
        builder.Property(o => o.NameEn).HasMaxLength(300).IsRequired();
        builder.Property(o => o.Kind).HasConversion<EnumCodeConverter<OrgUnitKind>>().HasMaxLength(20);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
