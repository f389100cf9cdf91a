using KpiTracker.Application.Data.Identity;
using KpiTracker.Application.Data.Jobs;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class ReminderSentConfiguration : IEntityTypeConfiguration<ReminderSent>
{
    public void Configure(EntityTypeBuilder<ReminderSent> builder)
    {
        builder.ToTable("reminders_sent");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Occasion).HasMaxLength(60).IsRequired();
        builder.HasIndex(r => new { r.UserId, r.SubmissionId, r.Occasion }).IsUnique();
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Submission>().WithMany().HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> builder)
    {
        builder.ToTable("outbox_emails");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.NotificationId).IsUnique();
        builder.HasIndex(e => e.NextAttemptAt).HasFilter("sent_at IS NULL AND gave_up_at IS NULL");
        builder.Property(e => e.LastError).HasMaxLength(2000);
        builder.HasOne<Notification>().WithMany().HasForeignKey(e => e.NotificationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ScanRequestConfiguration : IEntityTypeConfiguration<ScanRequest>
{
    public void Configure(EntityTypeBuilder<ScanRequest> builder)
    {
        builder.ToTable("scan_requests");
        builder.HasKey(r => r.CycleId);
        builder.HasOne<Cycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}
