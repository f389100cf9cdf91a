using KpiTracker.Application.Data.Configurations;
using KpiTracker.Application.Features.Cycles;

namespace KpiTracker.Application.Features.Submissions.ListSubmissions;

/// <summary>
/// The items of a cycle the caller may see (owners their governorate's indicators, reviewers their governorate, the central
/// team and auditors all), by governorate and framework order; filters: governorate, state, indicator.
/// </summary>
public sealed record ListSubmissionsQuery(int Year, string? Governorate, string? State, string? Indicator) : IQuery<Result<IReadOnlyList<SubmissionSummaryDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate, Indicator);
}

internal sealed class ListSubmissionsValidator : AbstractValidator<ListSubmissionsQuery>
{
    public ListSubmissionsValidator() =>
        RuleFor(q => q.State).Must(s => Codes.TryParse<SubmissionState>(s, out _)).When(q => !string.IsNullOrEmpty(q.State))
            .WithErrorCode("submission.state.unknown").WithMessage(q => Messages.Get("submission.state.unknown", q.State ?? ""));
}

internal sealed class ListSubmissionsHandler(AppDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<ListSubmissionsQuery, Result<IReadOnlyList<SubmissionSummaryDto>>>
{
    public async ValueTask<Result<IReadOnlyList<SubmissionSummaryDto>>> Handle(ListSubmissionsQuery query, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Year == query.Year, cancellationToken);
        if (cycle is null)
        {
            return AppError.NotFound("cycle.not_found");
        }

        var items = db.Submissions.AsNoTracking().Where(s => s.CycleId == cycle.Id);
        if (!string.IsNullOrEmpty(query.Governorate))
        {
            items = items.Where(s => s.OrgUnitCode == query.Governorate);
        }

        if (!string.IsNullOrEmpty(query.Indicator))
        {
            items = items.Where(s => s.IndicatorCode == query.Indicator);
        }

        if (!string.IsNullOrEmpty(query.State))
        {
            var state = Codes.Parse<SubmissionState>(query.State);
            items = items.Where(s => s.State == state);
        }

        var rows = await items.Select(s => new
            {
                s.OrgUnitCode,
                s.IndicatorCode,
                s.State,
                s.FirstSubmittedAt,
                s.CurrentRevision,
                s.NotApplicable,
                s.ReturnReason,
                s.SubmittedAt,
                s.UpdatedAt,
                Version = EF.Property<uint>(s, SubmissionConfiguration.Version),
                Revision = s.Revisions.Where(r => r.Number == s.CurrentRevision).Select(r => new { r.Value, r.EvidenceCount }).First(),
                OpenFlags = db.SubmissionFlags.Count(f => f.SubmissionId == s.Id && f.Status == FlagStatus.Open),
            })
            .ToListAsync(cancellationToken);

        var readable = user.IsSystem ? null : (await user.GetGrantsAsync(cancellationToken)).Where(g => RolePermissions.Grants(g.Role, Permission.SubmissionRead)).ToList();
        var unitOrder = (await CycleQueries.AssessedUnitsAsync(db, cancellationToken)).Select((code, i) => (code, i)).ToDictionary(x => x.code, x => x.i);
        var indicatorOrder = (await CycleIndicators.Of(db, cycle.EditionId)
                .Select(i => new { i.Code, Criterion = db.Criteria.Where(c => c.Id == i.CriterionId).Select(c => c.Order).First(), i.Order })
                .ToListAsync(cancellationToken))
            .OrderBy(i => i.Criterion).ThenBy(i => i.Order).Select((i, n) => (i.Code, n)).ToDictionary(x => x.Code, x => x.n);
        var now = clock.GetUtcNow();
        return Result<IReadOnlyList<SubmissionSummaryDto>>.Success([
            .. rows
                .Where(r => readable is null || readable.Any(g => g.Covers(r.OrgUnitCode, r.IndicatorCode)))
                .OrderBy(r => unitOrder.GetValueOrDefault(r.OrgUnitCode, int.MaxValue)).ThenBy(r => r.OrgUnitCode, StringComparer.Ordinal)
                .ThenBy(r => indicatorOrder.GetValueOrDefault(r.IndicatorCode, int.MaxValue))
                .Select(r => new SubmissionSummaryDto(
                    cycle.Year,
                    r.OrgUnitCode,
                    r.IndicatorCode,
                    r.State,
                    SubmissionReader.StatusOf(r.State, r.FirstSubmittedAt, cycle, now),
                    r.Version,
                    r.CurrentRevision,
                    r.Revision.Value,
                    r.Revision.EvidenceCount,
                    r.NotApplicable,
                    r.ReturnReason?.ToCode(),
                    r.SubmittedAt,
                    r.UpdatedAt,
                    r.OpenFlags)),
        ]);
    }
}
