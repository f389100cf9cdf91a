using KpiTracker.Application.Common.Auditing;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("audit_log");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.HasIndex(a => a.Seq).IsUnique();
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => new { a.Entity, a.EntityKey });
        builder.HasIndex(a => a.UserName);
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Role).HasMaxLength(40);
        builder.Property(a => a.Action).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Entity).HasMaxLength(60).IsRequired();
        builder.Property(a => a.EntityKey).HasMaxLength(300);
        builder.Property(a => a.OldValues).HasColumnType("jsonb");
        builder.Property(a => a.NewValues).HasColumnType("jsonb");
        builder.Property(a => a.Reason).HasMaxLength(4000);
        builder.Property(a => a.ClientAddress).HasMaxLength(64);
        builder.Property(a => a.CorrelationId).HasMaxLength(64);
        builder.Property(a => a.PrevHash).HasMaxLength(64);
        builder.Property(a => a.Hash).HasMaxLength(64);

        // Set by the database trigger (audit_log_chain) under a lock; EF reads them back after the insert.
        foreach (var generated in new[] { nameof(AuditEntry.Seq), nameof(AuditEntry.PrevHash), nameof(AuditEntry.Hash) })
        {
            var property = builder.Property(generated).ValueGeneratedOnAdd().Metadata;
            property.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
            property.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        }

        builder.Property(a => a.Seq).HasDefaultValue(0L);
    }
}
