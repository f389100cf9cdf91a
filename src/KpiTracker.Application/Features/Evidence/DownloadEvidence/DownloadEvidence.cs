using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Common.Security;
using KpiTracker.Application.Data;
using KpiTracker.Domain.Access;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Features.Evidence.DownloadEvidence;

/// <summary>One evidence file of an item (of any of its revisions), with the name, type and checksum recorded at upload.</summary>
public sealed record DownloadEvidenceQuery(int Year, string Governorate, string Indicator, Guid Id) : IQuery<Result<EvidenceDownload>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate, Indicator);
}

internal sealed class DownloadEvidenceHandler(AppDbContext db, FileStore store, ILogger<DownloadEvidenceHandler> logger)
    : IQueryHandler<DownloadEvidenceQuery, Result<EvidenceDownload>>
{
    public async ValueTask<Result<EvidenceDownload>> Handle(DownloadEvidenceQuery query, CancellationToken cancellationToken)
    {
        var row = await (
                from e in db.Set<Domain.Collection.Evidence>().AsNoTracking()
                join r in db.Revisions on e.RevisionId equals r.Id
                join s in db.Submissions on r.SubmissionId equals s.Id
                where e.Id == query.Id && s.Year == query.Year && s.OrgUnitCode == query.Governorate && s.IndicatorCode == query.Indicator
                select new { e.StoredName, e.FileName, e.ContentType, e.Size, e.Sha256 })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return AppError.NotFound("evidence.not_found");
        }

        try
        {
            return new EvidenceDownload(row.FileName, row.ContentType, row.Size, row.Sha256, store.OpenRead(row.StoredName));
        }
        catch (FileNotFoundException ex)
        {
            logger.LogError(ex, "Evidence {EvidenceId} is recorded but its file {StoredName} is missing from the store", query.Id, row.StoredName);
            return AppError.NotFound("evidence.not_found");
        }
    }
}
