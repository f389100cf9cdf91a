using KpiTracker.Application.Features.Submissions;
using EvidenceFile = KpiTracker.Domain.Collection.Evidence;

namespace KpiTracker.Application.Features.Evidence;

/// <summary>Queries and refusals shared by the evidence slices; items are loaded with the submissions' <see cref="SubmissionReader"/>.</summary>
internal static class EvidenceItems
{
    /// <summary>The evidence of one item, of one revision or (null) of all, newest revision first, then in upload order.</summary>
    public static IQueryable<EvidenceDto> Dtos(AppDbContext db, int year, string governorate, string indicator, int? revision) =>
        from e in db.Set<EvidenceFile>().AsNoTracking()
        join r in db.Revisions on e.RevisionId equals r.Id
        join s in db.Submissions on r.SubmissionId equals s.Id
        where s.Year == year && s.OrgUnitCode == governorate && s.IndicatorCode == indicator && (revision == null || r.Number == revision)
        orderby r.Number descending, e.UploadedAt, e.FileName
        select new EvidenceDto(e.Id, r.Number, e.FileName, e.ContentType, e.Size, e.Sha256, e.UploadedBy, e.UploadedAt);

    /// <summary>A refusal worded as the submission endpoints word it: a state or calendar conflict (409), or a field error (400).</summary>
    public static AppError From(RuleViolation violation) => SubmissionErrors.From([violation], null);

    public static AppError Stale() => new(ErrorKind.Conflict, "submission.stale", Messages.Get("submission.stale"), []);
}
