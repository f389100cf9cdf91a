using KpiTracker.Application.Data.Identity;
using KpiTracker.Domain.Improvement;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class ImprovementActionConfiguration : IEntityTypeConfiguration<ImprovementAction>
{
    public void Configure(EntityTypeBuilder<ImprovementAction> builder)
    {
        builder.ToTable("improvement_actions");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => new { a.OrgUnitCode, a.Number }).IsUnique();
        builder.HasIndex(a => new { a.OrgUnitCode, a.DueDate });
        builder.Property(a => a.OrgUnitCode).HasMaxLength(40).IsRequired();
        builder.Property(a => a.IndicatorCode).HasMaxLength(20).IsRequired();
        builder.Property(a => a.Title).HasMaxLength(ImprovementAction.TitleMaxLength).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(4000);
        builder.Property(a => a.DropReason).HasMaxLength(4000);
        builder.Property(a => a.ProgressNote).HasMaxLength(4000);
        builder.Property(a => a.OpenedBy).HasMaxLength(256).IsRequired();

        // Stored as given, like revision values, so the run's input hash reads back the exact numbers.
        builder.Property(a => a.Baseline).HasColumnType(CollectionColumns.Unscaled);
        builder.Property(a => a.Expected).HasColumnType(CollectionColumns.Unscaled);
        builder.Property(a => a.Status).HasConversion<EnumCodeConverter<ActionStatus>>().HasMaxLength(20);
        builder.HasOne<Cycle>().WithMany().HasForeignKey(a => a.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(a => a.ResponsibleUserId).OnDelete(DeleteBehavior.Restrict);
        // The row version: marking done and removing the last evidence file at once cannot both succeed.
        builder.Property<uint>(SubmissionConfiguration.Version).IsRowVersion();
        builder.Ignore(a => a.AuditKey);
        builder.Ignore(a => a.IsOpen);
    }
}
