using KpiTracker.Application.Data.Configurations;
using KpiTracker.Application.Features.Cycles;

namespace KpiTracker.Application.Features.Submissions;

/// <summary>Loads items and turns them into what the caller sees, with the actions their roles allow now.</summary>
internal sealed class SubmissionReader(AppDbContext db, AccessChecker access, TimeProvider clock)
{
    /// <summary>
    /// The item with its revisions, tracked for a change. With <paramref name="shareCycle"/> the cycle row is held (FOR SHARE)
    /// to the end of the transaction, so closing the cycle waits for the change and the reverse.
    /// </summary>
    public async Task<(LoadedItem? Item, AppError? NotFound)> LoadAsync(SubmissionKey key, bool shareCycle, CancellationToken cancellationToken)
    {
        var cycle = shareCycle
            ? (await db.Cycles.FromSql($"SELECT * FROM cycles WHERE year = {key.Year} FOR SHARE").ToListAsync(cancellationToken)).SingleOrDefault()
            : await db.Cycles.FirstOrDefaultAsync(c => c.Year == key.Year, cancellationToken);
        if (cycle is null)
        {
            return (null, AppError.NotFound("cycle.not_found"));
        }

        var submission = await db.Submissions.Include(s => s.Revisions)
            .FirstOrDefaultAsync(s => s.CycleId == cycle.Id && s.OrgUnitCode == key.Governorate && s.IndicatorCode == key.Indicator, cancellationToken);
        var indicator = submission is null ? null : await CycleIndicators.FindAsync(db, cycle.EditionId, key.Indicator, cancellationToken);
        return submission is null || indicator is null
            ? (null, AppError.NotFound("submission.not_found"))
            : (new LoadedItem(cycle, submission, indicator), null);
    }

    public uint VersionOf(Submission submission) => db.Entry(submission).Property<uint>(SubmissionConfiguration.Version).CurrentValue;

    /// <summary>The value accepted for the same governorate and indicator in the cycle of the year before, if any.</summary>
    public Task<decimal?> PreviousValueAsync(Submission submission, CancellationToken cancellationToken) =>
        db.Submissions.AsNoTracking()
            .Where(p => p.Year == submission.Year - 1 && p.OrgUnitCode == submission.OrgUnitCode && p.IndicatorCode == submission.IndicatorCode
                        && (p.State == SubmissionState.Accepted || p.State == SubmissionState.Verified || p.State == SubmissionState.Locked))
            .SelectMany(p => p.Revisions.Where(r => r.Number == p.CurrentRevision).Select(r => r.Value))
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<SubmissionDto> ToDtoAsync(LoadedItem item, CancellationToken cancellationToken)
    {
        var (cycle, submission, indicator) = item;
        var now = clock.GetUtcNow();
        var previous = await PreviousValueAsync(submission, cancellationToken);
        var targetOverride = await db.CycleTargetOverrides.AsNoTracking()
            .FirstOrDefaultAsync(o => o.CycleId == cycle.Id && o.OrgUnitCode == submission.OrgUnitCode && o.IndicatorCode == submission.IndicatorCode, cancellationToken);
        var openFlags = await db.SubmissionFlags.CountAsync(f => f.SubmissionId == submission.Id && f.Status == FlagStatus.Open, cancellationToken);
        var revision = submission.Current;
        var warnings = revision.Value is { } value
            ? ValueRules.SoftRules(indicator, value, previous).Select(w => new RuleMessageDto(w.Field, w.Code, Messages.Get(w.Code, w.Args))).ToList()
            : [];
        var entryOpen = submission.CheckEntry(cycle, indicator, now) is null;
        return new SubmissionDto(
            cycle.Year,
            submission.OrgUnitCode,
            submission.IndicatorCode,
            indicator.NameAr,
            indicator.NameEn,
            indicator.Unit,
            indicator.Source,
            indicator.EvidenceRequired,
            indicator.MinSurveySample,
            submission.State,
            StatusOf(submission, cycle, now),
            VersionOf(submission),
            submission.CurrentRevision,
            revision.Value,
            revision.Numerator,
            revision.Denominator,
            revision.LikertMean,
            revision.SampleSize,
            revision.Population,
            revision.ResponseRate,
            revision.Instrument,
            revision.Comment,
            revision.Justification,
            revision.EvidenceCount,
            revision.Analysis,
            revision.Recommendation,
            revision.RecommendedBy,
            previous,
            targetOverride?.Lower ?? indicator.Lower,
            targetOverride?.Target ?? indicator.Target,
            warnings,
            new NotApplicableDto(submission.NotApplicable.ToCode(), submission.NotApplicableReason, submission.NotApplicableDecision),
            submission.ReturnReason is { } reason && submission.ReturnedAt is { } returnedAt
                ? new ReturnDto(reason.ToCode(), Messages.Get("return_reason." + reason.ToCode()), submission.ReturnText ?? "", returnedAt, submission.ReturnedBy)
                : null,
            submission.SubmitCount,
            submission.ReturnCount,
            submission.FirstSubmittedAt,
            submission.SubmittedAt,
            submission.FirstSubmittedAt is { } first ? cycle.IsOnTime(first) : null,
            submission.AcceptedAt,
            submission.VerifiedAt,
            submission.LockedAt,
            submission.UpdatedAt,
            openFlags,
            entryOpen,
            await ActionsAsync(cycle, submission, indicator, entryOpen, cancellationToken));
    }

    /// <summary>
    /// What scoring sees: an accepted, verified or locked value; not applicable; missing (after close, or a never-submitted
    /// item after expiry); otherwise pending.
    /// </summary>
    public static string StatusOf(Submission submission, Cycle cycle, DateTimeOffset now) => StatusOf(submission.State, submission.FirstSubmittedAt, cycle, now);

    public static string StatusOf(SubmissionState state, DateTimeOffset? firstSubmittedAt, Cycle cycle, DateTimeOffset now) => state switch
    {
        SubmissionState.Accepted or SubmissionState.Verified or SubmissionState.Locked => "value",
        SubmissionState.NotApplicable => "not_applicable",
        SubmissionState.Missing => "missing",
        SubmissionState.Draft when firstSubmittedAt is null && cycle.Status == CycleStatus.Open && now >= cycle.ExpiresAt => "missing",
        _ => "pending",
    };

    private async Task<IReadOnlyList<SubmissionAction>> ActionsAsync(Cycle cycle, Submission submission, Indicator indicator, bool entryOpen, CancellationToken cancellationToken)
    {
        async Task<bool> Can(Permission permission) =>
            (await access.DecideAsync(permission, submission.OrgUnitCode, submission.IndicatorCode, cancellationToken)).Outcome == AccessOutcome.Allowed;

        var actions = new List<SubmissionAction>();
        var pendingNa = submission.NotApplicable == NotApplicableRequest.Requested;
        if (entryOpen && await Can(Permission.SubmissionEnter))
        {
            actions.Add(SubmissionAction.Save);
            if (!pendingNa)
            {
                actions.AddRange([SubmissionAction.Submit, SubmissionAction.RequestNa]);
            }
        }

        if (submission.State == SubmissionState.Submitted && await Can(Permission.SubmissionReview))
        {
            actions.AddRange([SubmissionAction.Accept, SubmissionAction.Return]);
        }

        if (await Can(Permission.SubmissionVerify))
        {
            if (submission.State == SubmissionState.Accepted)
            {
                actions.AddRange([SubmissionAction.Verify, SubmissionAction.Return]);
            }
            else if (submission.State == SubmissionState.Verified)
            {
                actions.Add(SubmissionAction.Return);
            }

            if (submission.CheckNotApplicableDecision(cycle) is null)
            {
                actions.Add(SubmissionAction.GrantNa);
            }
        }

        if (submission.CheckReopen(cycle, indicator) is null && await Can(Permission.CycleManage))
        {
            actions.Add(SubmissionAction.Reopen);
        }

        return actions;
    }
}
