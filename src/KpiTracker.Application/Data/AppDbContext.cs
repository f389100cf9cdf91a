using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Common.Idempotency;
using KpiTracker.Application.Data.Identity;
using KpiTracker.Application.Data.Jobs;
using KpiTracker.Application.Data.Scoring;
using KpiTracker.Domain.Improvement;
using KpiTracker.Domain.Organisation;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace KpiTracker.Application.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : IdentityUserContext<AppUser, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<FrameworkEdition> FrameworkEditions => Set<FrameworkEdition>();
    public DbSet<Criterion> Criteria => Set<Criterion>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<OrgUnit> OrgUnits => Set<OrgUnit>();
    public DbSet<Assignment> Assignments => Set<Assignment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<Cycle> Cycles => Set<Cycle>();
    public DbSet<CycleTargetOverride> CycleTargetOverrides => Set<CycleTargetOverride>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<SubmissionEvent> SubmissionEvents => Set<SubmissionEvent>();
    public DbSet<SubmissionFlag> SubmissionFlags => Set<SubmissionFlag>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Domain.Improvement.Commitment> Commitments => Set<Domain.Improvement.Commitment>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<ImprovementAction> ImprovementActions => Set<ImprovementAction>();
    public DbSet<ActionEvidence> ActionEvidenceFiles => Set<ActionEvidence>();
    public DbSet<ScoreRun> ScoreRuns => Set<ScoreRun>();
    public DbSet<ScoreRunCriterion> ScoreRunCriteria => Set<ScoreRunCriterion>();
    public DbSet<ScoreRunIndicator> ScoreRunIndicators => Set<ScoreRunIndicator>();
    public DbSet<ScoreRequest> ScoreRequests => Set<ScoreRequest>();
    public DbSet<ReminderSent> RemindersSent => Set<ReminderSent>();
    public DbSet<OutboxEmail> OutboxEmails => Set<OutboxEmail>();
    public DbSet<ScanRequest> ScanRequests => Set<ScanRequest>();
    public DbSet<UserSession> Sessions => Set<UserSession>();
    public DbSet<IssuedRefreshToken> RefreshTokens => Set<IssuedRefreshToken>();

    /// <summary>
    /// The key ring that protects sign-in cookies, bearer and refresh tokens and antiforgery tokens, shared by every web
    /// process on this database, so a user signed in through one process is recognised by the others.
    /// </summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    /// <summary>
    /// Lower snake case for every table, column, key and index (PostgreSQL's own convention, so SQL needs no quoting).
    /// Set here rather than where the options are built, so the host, the tests, the benchmarks and `dotnet ef` all get it.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSnakeCaseNamingConvention();
}
