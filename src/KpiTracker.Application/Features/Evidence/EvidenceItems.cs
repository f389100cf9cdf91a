using KpiTracker.Application.Common;
using KpiTracker.Application.Data;
using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Frameworks;
using Microsoft.EntityFrameworkCore;
using EvidenceFile = KpiTracker.Domain.Collection.Evidence;

namespace KpiTracker.Application.Features.Evidence;

/// <summary>An item whose evidence is read or changed: its cycle, the submission with its revisions, and its indicator.</summary>
internal sealed record EvidenceItem(Cycle Cycle, Submission Submission, Indicator Indicator);

/// <summary>Loading items and wording refusals, shared by the evidence slices.</summary>
internal static class EvidenceItems
{
    /// <summary>
    /// The item, tracked. With <paramref name="shareCycle"/> the cycle row is held (FOR SHARE) until the transaction ends,
    /// as every change of an item does, so closing the cycle waits for the change and the reverse.
    /// </summary>
    public static async Task<(EvidenceItem? Item, AppError? NotFound)> LoadAsync(
        AppDbContext db, int year, string governorate, string indicator, bool shareCycle, CancellationToken cancellationToken)
    {
        var cycle = shareCycle
            ? (await db.Cycles.FromSql($"SELECT * FROM cycles WHERE year = {year} FOR SHARE").ToListAsync(cancellationToken)).SingleOrDefault()
            : await db.Cycles.FirstOrDefaultAsync(c => c.Year == year, cancellationToken);
        if (cycle is null)
        {
            return (null, AppError.NotFound("cycle.not_found"));
        }

        var submission = await db.Submissions.Include(s => s.Revisions)
            .FirstOrDefaultAsync(s => s.CycleId == cycle.Id && s.OrgUnitCode == governorate && s.IndicatorCode == indicator, cancellationToken);
        var found = submission is null
            ? null
            : await db.Indicators.FirstOrDefaultAsync(i => i.Code == indicator && db.Criteria.Any(c => c.Id == i.CriterionId && c.EditionId == cycle.EditionId), cancellationToken);
        return submission is null || found is null
            ? (null, AppError.NotFound("submission.not_found"))
            : (new EvidenceItem(cycle, submission, found), null);
    }

    /// <summary>The evidence of one item, of one revision or (null) of all, newest revision first, then in upload order.</summary>
    public static IQueryable<EvidenceDto> Dtos(AppDbContext db, int year, string governorate, string indicator, int? revision) =>
        from e in db.Set<EvidenceFile>().AsNoTracking()
        join r in db.Revisions on e.RevisionId equals r.Id
        join s in db.Submissions on r.SubmissionId equals s.Id
        where s.Year == year && s.OrgUnitCode == governorate && s.IndicatorCode == indicator && (revision == null || r.Number == revision)
        orderby r.Number descending, e.UploadedAt, e.FileName
        select new EvidenceDto(e.Id, r.Number, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedBy, e.UploadedAt);

    /// <summary>A state or calendar refusal (409), worded as the submission endpoints word it.</summary>
    public static AppError Conflict(RuleViolation violation)
    {
        var message = violation.Code == "submission.wrong_state"
            ? Messages.Get(violation.Code, Messages.Get("state." + violation.Args[0]))
            : Messages.Get(violation.Code, violation.Args);
        return new AppError(ErrorKind.Conflict, violation.Code, message, []);
    }

    public static AppError Field(RuleViolation violation) =>
        AppError.Validation([new FieldError(violation.Field, violation.Code, Messages.Get(violation.Code, violation.Args))]);

    public static AppError Stale() => new(ErrorKind.Conflict, "submission.stale", Messages.Get("submission.stale"), []);
}
