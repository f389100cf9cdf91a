using KpiTracker.Application.Data.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("assignments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Role).HasConversion<EnumCodeConverter<Role>>().HasMaxLength(30);
        builder.Property(a => a.OrgUnitCode).HasMaxLength(40);
        builder.Property(a => a.IndicatorCode).HasMaxLength(20);
        builder.HasIndex(a => new { a.UserId, a.Role, a.OrgUnitCode, a.IndicatorCode }).IsUnique().AreNullsDistinct(false);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(a => a.AuditKey);
    }
}
