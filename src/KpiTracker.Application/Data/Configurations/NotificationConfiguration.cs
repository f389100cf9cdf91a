using KpiTracker.Application.Common.Idempotency;
using KpiTracker.Application.Data.Identity;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.Property(n => n.Kind).HasConversion<EnumCodeConverter<NotificationKind>>().HasMaxLength(40);
        builder.Property(n => n.OrgUnitCode).HasMaxLength(40).IsRequired();
        builder.Property(n => n.IndicatorCode).HasMaxLength(20).IsRequired();
        builder.Property(n => n.ReturnReason).HasConversion<EnumCodeConverter<ReturnReason>>().HasMaxLength(30);
        builder.Property(n => n.Actor).HasMaxLength(256);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.HasIndex(r => new { r.UserId, r.Key }).IsUnique();
        builder.HasIndex(r => r.CreatedAt);
        builder.Property(r => r.Key).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Route).HasMaxLength(300).IsRequired();
        builder.Property(r => r.RequestHash).HasMaxLength(64).IsRequired();
        builder.Property(r => r.ResponseContentType).HasMaxLength(200);
        builder.Property(r => r.ResponseETag).HasMaxLength(100);
        builder.Property(r => r.ResponseLocation).HasMaxLength(2000);
    }
}
