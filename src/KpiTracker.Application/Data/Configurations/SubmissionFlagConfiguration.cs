using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class SubmissionFlagConfiguration : IEntityTypeConfiguration<SubmissionFlag>
{
    public void Configure(EntityTypeBuilder<SubmissionFlag> builder)
    {
        builder.ToTable("submission_flags");
        builder.HasKey(f => f.Id);
        builder.HasIndex(f => new { f.CycleId, f.OrgUnitCode, f.Status });
        builder.HasIndex(f => new { f.SubmissionId, f.Method, f.Value });
        builder.Property(f => f.OrgUnitCode).HasMaxLength(40).IsRequired();
        builder.Property(f => f.IndicatorCode).HasMaxLength(20).IsRequired();
        builder.Property(f => f.Method).HasMaxLength(20).IsRequired();
        foreach (var p in new[] { nameof(SubmissionFlag.Statistic), nameof(SubmissionFlag.Center), nameof(SubmissionFlag.Threshold) })
        {
            builder.Property(p).HasPrecision(CollectionColumns.Precision, CollectionColumns.Scale);
        }

        // The flagged item's value as it is stored (see Revision.Value), so a scan finds the flags it already raised by value.
        builder.Property(f => f.Value).HasColumnType(CollectionColumns.Unscaled);

        builder.Property(f => f.Status).HasConversion<EnumCodeConverter<FlagStatus>>().HasMaxLength(20);
        builder.Property(f => f.ResolvedBy).HasMaxLength(256);
        builder.Property(f => f.Reason).HasMaxLength(4000);
        builder.HasOne<Submission>().WithMany().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(f => f.AuditKey);
    }
}
