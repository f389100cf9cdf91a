using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Security;
using KpiTracker.Application.Data;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Application.Features.Submissions.ListRevisions;

/// <summary>Every revision of an item, newest first, each with its workflow history (who submitted, returned and why, accepted…).</summary>
public sealed record ListRevisionsQuery(int Year, string Governorate, string Indicator) : IQuery<Result<IReadOnlyList<RevisionDto>>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate, Indicator);
}

internal sealed class ListRevisionsHandler(AppDbContext db) : IQueryHandler<ListRevisionsQuery, Result<IReadOnlyList<RevisionDto>>>
{
    public async ValueTask<Result<IReadOnlyList<RevisionDto>>> Handle(ListRevisionsQuery query, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Revisions).Include(s => s.Events).AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Year == query.Year && s.OrgUnitCode == query.Governorate && s.IndicatorCode == query.Indicator, cancellationToken);
        if (submission is null)
        {
            return AppError.NotFound(await db.Cycles.AnyAsync(c => c.Year == query.Year, cancellationToken) ? "submission.not_found" : "cycle.not_found");
        }

        return Result<IReadOnlyList<RevisionDto>>.Success([
            .. submission.Revisions.OrderByDescending(r => r.Number).Select(r => new RevisionDto(
                r.Number,
                r.Number == submission.CurrentRevision,
                r.Value,
                r.Numerator,
                r.Denominator,
                r.LikertMean,
                r.SampleSize,
                r.Population,
                r.ResponseRate,
                r.Instrument,
                r.Comment,
                r.Justification,
                r.EvidenceCount,
                r.CreatedAt,
                r.UpdatedAt,
                r.UpdatedBy,
                r.SubmittedAt,
                [.. submission.Events.Where(e => e.Revision == r.Number).OrderBy(e => e.At).ThenBy(e => e.Id)
                    .Select(e => new SubmissionEventDto(e.Action, e.FromState.ToCode(), e.ToState.ToCode(), e.At, e.Actor, e.ReturnReason?.ToCode(), e.Text))])),
        ]);
    }
}
