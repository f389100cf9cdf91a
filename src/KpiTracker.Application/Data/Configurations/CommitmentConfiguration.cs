using KpiTracker.Application.Data.Identity;
using KpiTracker.Domain.Improvement;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> builder)
    {
        builder.ToTable("commitments");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.Year, c.OrgUnitCode, c.IndicatorCode }).IsUnique();
        builder.HasIndex(c => new { c.Year, c.Status });
        builder.Property(c => c.OrgUnitCode).HasMaxLength(40).IsRequired();
        builder.Property(c => c.IndicatorCode).HasMaxLength(20).IsRequired();
        builder.Property(c => c.Value).HasPrecision(CollectionColumns.Precision, CollectionColumns.Scale);
        builder.Property(c => c.Status).HasConversion<EnumCodeConverter<CommitmentStatus>>().HasMaxLength(20);
        builder.Property(c => c.ReturnReason).HasMaxLength(Commitment.MaxReasonLength);
        builder.Property(c => c.ProposedBy).HasMaxLength(256).IsRequired();
        builder.Property(c => c.DecidedBy).HasMaxLength(256);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ProposedById).OnDelete(DeleteBehavior.SetNull);
        builder.Ignore(c => c.AuditKey);
    }
}
