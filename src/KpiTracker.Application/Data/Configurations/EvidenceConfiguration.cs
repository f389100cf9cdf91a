using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.ToTable("evidence");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.RevisionId);
        builder.HasIndex(e => e.StoredName).IsUnique();
        builder.Property(e => e.StoredName).HasMaxLength(32).IsFixedLength().IsRequired();
        builder.Property(e => e.FileName).HasMaxLength(255).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.UploadedBy).HasMaxLength(256).IsRequired();
        // Rows go with their revision; the files they name are then orphans, which a storage sweep may remove.
        builder.HasOne(e => e.Revision).WithMany().HasForeignKey(e => e.RevisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(e => e.AuditKey);
    }
}
