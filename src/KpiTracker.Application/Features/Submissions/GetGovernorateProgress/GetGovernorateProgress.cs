using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Quality;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Submissions.GetGovernorateProgress;

/// <summary>
/// One governorate's progress in a cycle: its items counted per state, the data quality components as of now (completeness,
/// timeliness, first-pass acceptance, evidence reviewed, items without open flags; counted exactly as a score run counts them) and the DQI
/// of its latest score run. For those who read all of the governorate's submissions: its reviewer, the central team, auditors.
/// </summary>
public sealed record GetGovernorateProgressQuery(int Year, string Governorate) : IQuery<Result<GovernorateProgressDto>>, IRequireAccess
{
    // An owner's grant also allows reading submissions, but of single indicators; the handler asks for a grant over the whole
    // governorate, since these figures are about all of its items.
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate);
}

/// <summary>
/// Counts per state (every state listed, zeros included), the quality counts and components (0–100, full precision) and the latest
/// run's DQI; the governorate's names, and whether the caller may open its scorecard.
/// </summary>
public sealed record GovernorateProgressDto(
    int Year,
    string Governorate,
    string CycleStatus,
    DateTimeOffset SubmissionDeadlineAt,
    int Total,
    IReadOnlyDictionary<string, int> States,
    int NotApplicableRequested,
    ProgressQualityDto Quality,
    ProgressRunDto? LatestRun,
    string NameAr,
    string NameEn,
    bool ScorecardReadable)
{
    /// <summary>When the cycle requires an improvement action per red indicator: the red ones without one; null otherwise.</summary>
    public int? MissingRequiredActions { get; init; }
}

/// <summary>
/// <see cref="Applicable"/>: items people enter (not computed, not granted N/A); <see cref="Submitted"/> of them first submitted
/// before expiry and <see cref="OnTime"/> before the submission deadline (as GOV-02 counts them); <see cref="EvidenceRequired"/>
/// accepted values of indicators requiring evidence and <see cref="EvidenceOpened"/> those whose evidence a reviewer opened;
/// <see cref="OpenFlags"/> items with an open outlier flag. Every component is 0–100, higher is better; <see cref="Dqi"/> is
/// the mean of the five now.
/// </summary>
public sealed record ProgressQualityDto(
    int Applicable,
    int Submitted,
    int OnTime,
    int Submissions,
    int Returns,
    int EvidenceRequired,
    int EvidenceOpened,
    int OpenFlags,
    decimal Completeness,
    decimal Timeliness,
    decimal FirstPassAcceptance,
    decimal EvidenceReviewed,
    decimal ItemsWithoutOpenFlags,
    decimal Dqi);

/// <summary>The governorate's latest score run: its DQI (published, one decimal), kind and time; whether its inputs are still today's.</summary>
public sealed record ProgressRunDto(Guid Id, string Kind, DateTimeOffset ComputedAt, decimal Dqi, bool Current);

internal sealed class GetGovernorateProgressHandler(AppDbContext db, ICurrentUser user, AccessChecker access)
    : IQueryHandler<GetGovernorateProgressQuery, Result<GovernorateProgressDto>>
{
    public async ValueTask<Result<GovernorateProgressDto>> Handle(GetGovernorateProgressQuery query, CancellationToken cancellationToken)
    {
        if (!await WholeGovernorateAsync(query.Governorate, cancellationToken))
        {
            return new AppError(ErrorKind.Forbidden, "forbidden", Messages.Get("forbidden"), []) { Refusal = new AccessRefusal("forbidden") { OrgUnit = query.Governorate } };
        }

        var cycle = await ScoringScope.ScorableCycleAsync(db, query.Year, cancellationToken);
        if (cycle is null)
        {
            return AppError.NotFound("cycle.not_found");
        }

        if ((await ScoringNames.GovernoratesAsync(db, cancellationToken)).FirstOrDefault(g => g.Code == query.Governorate) is not { } names)
        {
            return AppError.NotFound();
        }

        var states = await db.Submissions.AsNoTracking().Where(s => s.CycleId == cycle.Id && s.OrgUnitCode == query.Governorate)
            .GroupBy(s => s.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var requested = await db.Submissions.AsNoTracking()
            .CountAsync(s => s.CycleId == cycle.Id && s.OrgUnitCode == query.Governorate && s.NotApplicable == NotApplicableRequest.Requested, cancellationToken);

        // The same reads a score run makes, so the components here are the ones the next run will average.
        var edition = await EditionModel.LoadAsync(db, cycle.EditionId, cancellationToken);
        var inputs = await UnitInputs.LoadAsync(db, cycle, edition, query.Governorate, cancellationToken);
        var q = inputs.Quality;
        var c = DataQualityIndex.Components(q);
        var quality = new ProgressQualityDto(
            q.Timing.Applicable, q.Timing.ByExpiry, q.Timing.ByDeadline, q.Submissions, q.Returns, q.EvidenceRequired, q.EvidenceOpened, q.OpenFlagItems,
            c.Completeness, c.Timeliness, c.FirstPassAcceptance, c.EvidenceReviewed, c.ItemsWithoutOpenFlags, c.Index);

        var run = await db.ScoreRuns.AsNoTracking()
            .Where(r => r.Year == query.Year && r.OrgUnitCode == query.Governorate && r.IsLatest)
            .Select(r => new { r.Id, r.Kind, r.ComputedAt, r.Dqi, r.InputHash })
            .FirstOrDefaultAsync(cancellationToken);

        var byState = states.ToDictionary(s => s.State, s => s.Count);
        return new GovernorateProgressDto(
            cycle.Year,
            query.Governorate,
            cycle.Status.ToCode(),
            cycle.SubmissionDeadlineAt,
            byState.Values.Sum(),
            Enum.GetValues<SubmissionState>().ToDictionary(s => s.ToCode(), s => byState.GetValueOrDefault(s)),
            requested,
            quality,
            run is null ? null : new ProgressRunDto(run.Id, run.Kind.ToCode(), run.ComputedAt, ScoreRounding.Publish(run.Dqi), run.InputHash == inputs.Hash()),
            names.NameAr,
            names.NameEn,
            (await ScorecardLinks.ReadableAsync(access, [query.Governorate], cancellationToken)).Count == 1)
        {
            MissingRequiredActions = await Actions.RequiredActions.MissingAsync(db, cycle, query.Governorate, cancellationToken),
        };
    }

    /// <summary>A grant that reads every submission of the governorate: one without an indicator (the system reads everything).</summary>
    private async Task<bool> WholeGovernorateAsync(string governorate, CancellationToken cancellationToken) =>
        user.IsSystem
        || (await user.GetGrantsAsync(cancellationToken))
            .Any(g => g.IndicatorCode is null && RolePermissions.Grants(g.Role, Permission.SubmissionRead) && g.Covers(governorate, null));
}
