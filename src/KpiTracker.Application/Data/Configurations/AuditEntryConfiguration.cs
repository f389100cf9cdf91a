using KpiTracker.Application.Common.Auditing;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

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
        builder.Property(a => a.MacKey).HasMaxLength(16);
        builder.Property(a => a.Mac).HasMaxLength(64);
        // A signed record cannot be inserted twice: a copy of a genuine record's content and MAC is refused.
        builder.HasIndex(a => a.MacNonce).IsUnique();

        // Set by the database trigger (audit_log_chain) under a lock, which refuses them from the caller; EF reads them back.
        foreach (var generated in new[] { nameof(AuditEntry.Seq), nameof(AuditEntry.At), nameof(AuditEntry.PrevHash), nameof(AuditEntry.Hash) })
        {
            var property = builder.Property(generated).ValueGeneratedOnAdd().Metadata;
            property.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
            property.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
        }

        // The trigger numbers the records; the column has no default and no identity, so a caller's value is seen and refused.
        builder.Property(a => a.Seq).Metadata.SetValueGenerationStrategy(NpgsqlValueGenerationStrategy.None);
    }
}
