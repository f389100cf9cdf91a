using KpiTracker.Domain.Improvement;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class ActionEvidenceConfiguration : IEntityTypeConfiguration<ActionEvidence>
{
    public void Configure(EntityTypeBuilder<ActionEvidence> builder)
    {
        builder.ToTable("action_evidence");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.ActionId);
        builder.HasIndex(e => e.StoredName).IsUnique();
        builder.Property(e => e.StoredName).HasMaxLength(32).IsFixedLength().IsRequired();
        builder.Property(e => e.FileName).HasMaxLength(255).IsRequired();
        builder.Property(e => e.ContentType).HasMaxLength(100).IsRequired();
        builder.Property(e => e.Sha256).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(e => e.UploadedBy).HasMaxLength(256).IsRequired();
        // Rows go with their action (its cycle's deletion); the files they name are then orphans, as a value's evidence is.
        builder.HasOne(e => e.Action).WithMany().HasForeignKey(e => e.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(e => e.AuditKey);
    }
}
