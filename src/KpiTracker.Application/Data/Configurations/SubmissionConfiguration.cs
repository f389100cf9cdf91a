using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

internal sealed class SubmissionConfiguration : IEntityTypeConfiguration<Submission>
{
    /// <summary>PostgreSQL's row version: every write of the row changes it, so a write based on a stale read is refused.</summary>
    public const string Version = "xmin";

    public void Configure(EntityTypeBuilder<Submission> builder)
    {
        builder.ToTable("submissions");
        builder.HasKey(s => s.Id);
        builder.HasIndex(s => new { s.CycleId, s.OrgUnitCode, s.IndicatorCode }).IsUnique();
        builder.HasIndex(s => new { s.Year, s.OrgUnitCode });
        builder.Property(s => s.OrgUnitCode).HasMaxLength(40).IsRequired();
        builder.Property(s => s.IndicatorCode).HasMaxLength(20).IsRequired();
        builder.Property(s => s.State).HasConversion<EnumCodeConverter<SubmissionState>>().HasMaxLength(20);
        builder.Property(s => s.NotApplicable).HasConversion<EnumCodeConverter<NotApplicableRequest>>().HasMaxLength(20);
        builder.Property(s => s.NotApplicableReason).HasMaxLength(4000);
        builder.Property(s => s.NotApplicableDecision).HasMaxLength(4000);
        builder.Property(s => s.ReturnReason).HasConversion<EnumCodeConverter<ReturnReason>>().HasMaxLength(30);
        builder.Property(s => s.ReturnText).HasMaxLength(4000);
        builder.Property(s => s.ReturnedBy).HasMaxLength(256);
        builder.Property<uint>(Version).IsRowVersion();
        builder.HasOne<Cycle>().WithMany().HasForeignKey(s => s.CycleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Revisions).WithOne(r => r.Submission).HasForeignKey(r => r.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Events).WithOne().HasForeignKey(e => e.SubmissionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Revisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(s => s.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(s => s.Current);
        builder.Ignore(s => s.AuditKey);
    }
}

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.ToTable("revisions");
        builder.HasKey(r => r.Id);

        // The domain makes new revisions and events inside a loaded submission; a key the store does not generate tells EF they are new.
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.SubmissionId, r.Number }).IsUnique();
        foreach (var p in new[] { nameof(Revision.Numerator), nameof(Revision.Denominator), nameof(Revision.LikertMean), nameof(Revision.ResponseRate) })
        {
            builder.Property(p).HasPrecision(CollectionColumns.Precision, CollectionColumns.Scale);
        }

        // Without a scale: a computed value (GOV-02) is kept at full precision; entered values keep DecimalInput's 6 decimals.
        builder.Property(r => r.Value).HasColumnType(CollectionColumns.Unscaled);

        builder.Property(r => r.Instrument).HasMaxLength(ValueRules.InstrumentMaxLength);
        builder.Property(r => r.Comment).HasMaxLength(TextRules.MaxLength);
        builder.Property(r => r.Justification).HasMaxLength(TextRules.MaxLength);
        builder.Property(r => r.Analysis).HasMaxLength(ValueRules.AnalysisMaxLength);
        builder.Property(r => r.Recommendation).HasMaxLength(ValueRules.AnalysisMaxLength);
        builder.Property(r => r.RecommendedBy).HasMaxLength(256);
        builder.Property(r => r.UpdatedBy).HasMaxLength(256);
        builder.Property(r => r.EvidenceOpenedBy).HasMaxLength(256);
        builder.Ignore(r => r.Values);
        builder.Ignore(r => r.AuditKey);
    }
}

internal sealed class SubmissionEventConfiguration : IEntityTypeConfiguration<SubmissionEvent>
{
    public void Configure(EntityTypeBuilder<SubmissionEvent> builder)
    {
        builder.ToTable("submission_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.SubmissionId, e.At });
        builder.Property(e => e.Action).HasMaxLength(30).IsRequired();
        builder.Property(e => e.FromState).HasConversion<EnumCodeConverter<SubmissionState>>().HasMaxLength(20);
        builder.Property(e => e.ToState).HasConversion<EnumCodeConverter<SubmissionState>>().HasMaxLength(20);
        builder.Property(e => e.Actor).HasMaxLength(256).IsRequired();
        builder.Property(e => e.ReturnReason).HasConversion<EnumCodeConverter<ReturnReason>>().HasMaxLength(30);
        builder.Property(e => e.Text).HasMaxLength(4000);
    }
}
