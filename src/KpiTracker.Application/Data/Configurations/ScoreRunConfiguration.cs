using KpiTracker.Application.Data.Scoring;
using KpiTracker.Domain.Scoring;
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

        // A run's criterion and indicator rows are tied to it by the database, but by statement-level checks, not row-level
        // foreign keys: a key fires one lookup with a row lock in score_runs for each of a run's 42 rows, which doubled the
        // cost of writing them (docs/decisions/0008-score-run-rows-checked-per-statement.md). The triggers of migration
        // ScoreRunRowsStatementChecks give the same guarantees once per statement. So EF does not map the relationship: the
        // lists are read by ScoreRunRows.FillAsync and written by ScoreRunCopy.
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
