using KpiTracker.Application.Data.Scoring;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiTracker.Application.Data.Configurations;

/// <summary>Scores are stored at full precision (numeric without a scale), so a stored run reads back exactly as computed.</summary>
internal sealed class ScoreRunConfiguration : IEntityTypeConfiguration<ScoreRun>
{
    public void Configure(EntityTypeBuilder<ScoreRun> builder)
    {
        builder.ToTable("score_runs");
        builder.HasKey(r => r.Id);
        // The database itself refuses a second latest run of a governorate in a cycle.
        builder.HasIndex(r => new { r.CycleId, r.OrgUnitCode }).IsUnique().HasFilter("is_latest").HasDatabaseName("ix_score_runs_latest");
        builder.HasIndex(r => new { r.Year, r.OrgUnitCode, r.ComputedAt });
        builder.Property(r => r.OrgUnitCode).HasMaxLength(40).IsRequired();
        builder.Property(r => r.Kind).HasConversion<EnumCodeConverter<ScoreKind>>().HasMaxLength(20);
        builder.Property(r => r.EditionCode).HasMaxLength(40).IsRequired();
        builder.Property(r => r.EngineVersion).HasMaxLength(20).IsRequired();
        builder.Property(r => r.Trigger).HasMaxLength(20).IsRequired();
        builder.Property(r => r.InputHash).HasMaxLength(64).IsFixedLength().IsRequired();
        builder.Property(r => r.Band).HasMaxLength(40);
        builder.HasOne<Cycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);

        // A run's criterion and indicator rows are tied to it by the database, but not by a row-level foreign key: that fires
        // one lookup with a row lock in score_runs for each of the 42 rows of every run (420,000 for 10,000 runs), which was a fifth to a
        // quarter of PostgreSQL's time in a full rescore. Statement-level triggers of the same strength check and lock every
        // statement's runs at once and cascade deletes (migration ScoreRunRowsCheck, ScoreRunRowsSql). So EF does not map the
        // relationship: the lists are filled by ScoreRunRows.FillAsync and written by UnitScorer.
        builder.Ignore(r => r.Criteria);
        builder.Ignore(r => r.Indicators);
    }
}

internal sealed class ScoreRunCriterionConfiguration : IEntityTypeConfiguration<ScoreRunCriterion>
{
    public void Configure(EntityTypeBuilder<ScoreRunCriterion> builder)
    {
        builder.ToTable("score_run_criteria");
        builder.HasKey(c => new { c.RunId, c.Code });
        builder.Property(c => c.Code).HasMaxLength(20);
        builder.Property(c => c.Band).HasMaxLength(40);
    }
}

internal sealed class ScoreRunIndicatorConfiguration : IEntityTypeConfiguration<ScoreRunIndicator>
{
    public void Configure(EntityTypeBuilder<ScoreRunIndicator> builder)
    {
        builder.ToTable("score_run_indicators");
        builder.HasKey(i => new { i.RunId, i.Code });
        builder.Property(i => i.Code).HasMaxLength(20);
        builder.Property(i => i.CriterionCode).HasMaxLength(20).IsRequired();
        builder.Property(i => i.Status).HasConversion<EnumCodeConverter<IndicatorStatus>>().HasMaxLength(20);
        builder.Property(i => i.Light).HasConversion<EnumCodeConverter<TrafficLight>>().HasMaxLength(10);
    }
}

internal sealed class ScoreRequestConfiguration : IEntityTypeConfiguration<ScoreRequest>
{
    public void Configure(EntityTypeBuilder<ScoreRequest> builder)
    {
        builder.ToTable("score_requests");
        builder.HasKey(r => new { r.CycleId, r.OrgUnitCode });
        builder.Property(r => r.OrgUnitCode).HasMaxLength(40);
        builder.HasOne<Cycle>().WithMany().HasForeignKey(r => r.CycleId).OnDelete(DeleteBehavior.Cascade);
    }
}
