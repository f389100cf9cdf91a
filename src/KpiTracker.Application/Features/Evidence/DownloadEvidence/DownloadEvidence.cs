using KpiTracker.Application.Common.Files;
using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Features.Evidence.DownloadEvidence;

/// <summary>
/// One evidence file of an item (of any of its revisions), with the name, type and checksum recorded at upload. The first time a
/// reviewer of the governorate opens a file of a revision, that revision records when and by whom (audited with it): the data
/// quality index counts the accepted values whose evidence a reviewer opened.
/// </summary>
public sealed record DownloadEvidenceQuery(int Year, string Governorate, string Indicator, Guid Id) : IQuery<Result<EvidenceDownload>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate, Indicator);
}

internal sealed class DownloadEvidenceHandler(AppDbContext db, FileStore store, ICurrentUser user, TimeProvider clock, ILogger<DownloadEvidenceHandler> logger)
    : IQueryHandler<DownloadEvidenceQuery, Result<EvidenceDownload>>
{
    public async ValueTask<Result<EvidenceDownload>> Handle(DownloadEvidenceQuery query, CancellationToken cancellationToken)
    {
        var row = await (
                from e in db.Set<Domain.Collection.Evidence>().AsNoTracking()
                join r in db.Revisions on e.RevisionId equals r.Id
                join s in db.Submissions on r.SubmissionId equals s.Id
                where e.Id == query.Id && s.Year == query.Year && s.OrgUnitCode == query.Governorate && s.IndicatorCode == query.Indicator
                select new { e.StoredName, e.FileName, e.ContentType, e.Size, e.Sha256, e.RevisionId, Opened = r.EvidenceOpenedAt != null })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return AppError.NotFound("evidence.not_found");
        }

        Stream content;
        try
        {
            content = store.OpenRead(row.StoredName);
        }
        catch (FileNotFoundException ex)
        {
            logger.LogError(ex, "Evidence {EvidenceId} is recorded but its file {StoredName} is missing from the store", query.Id, row.StoredName);
            return AppError.NotFound("evidence.not_found");
        }

        try
        {
            if (!row.Opened && await IsReviewerAsync(query, cancellationToken))
            {
                await RecordOpeningAsync(row.RevisionId, cancellationToken);
            }
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }

        return new EvidenceDownload(row.FileName, row.ContentType, row.Size, row.Sha256, content);
    }

    /// <summary>A reviewer of the item's governorate: one whose grants allow reviewing it (not its owner, the central team or an auditor).</summary>
    private async Task<bool> IsReviewerAsync(DownloadEvidenceQuery query, CancellationToken cancellationToken) =>
        !user.IsSystem
        && AccessPolicy.Decide([.. await user.GetGrantsAsync(cancellationToken)], Permission.SubmissionReview, query.Governorate, query.Indicator).Outcome == AccessOutcome.Allowed;

    private async Task RecordOpeningAsync(Guid revisionId, CancellationToken cancellationToken)
    {
        var revision = await db.Revisions.Include(r => r.Submission).SingleAsync(r => r.Id == revisionId, cancellationToken);
        // Two first openings at once both write; the later time stands, which still says the evidence was opened.
        if (revision.EvidenceOpened(clock.GetUtcNow(), user.UserName ?? "unknown"))
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
