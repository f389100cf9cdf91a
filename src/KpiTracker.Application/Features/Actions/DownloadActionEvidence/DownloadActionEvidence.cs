using KpiTracker.Application.Common.Files;
using Microsoft.Extensions.Logging;

namespace KpiTracker.Application.Features.Actions.DownloadActionEvidence;

/// <summary>One evidence file of an action, with the name, type and checksum recorded at upload; for every reader of the governorate's actions.</summary>
public sealed record DownloadActionEvidenceQuery(string Governorate, int Number, Guid Id) : IQuery<Result<ActionEvidenceDownload>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ActionRead, Governorate);
}

internal sealed class DownloadActionEvidenceHandler(AppDbContext db, FileStore store, ILogger<DownloadActionEvidenceHandler> logger)
    : IQueryHandler<DownloadActionEvidenceQuery, Result<ActionEvidenceDownload>>
{
    public async ValueTask<Result<ActionEvidenceDownload>> Handle(DownloadActionEvidenceQuery query, CancellationToken cancellationToken)
    {
        var row = await (
                from e in db.ActionEvidenceFiles.AsNoTracking()
                join a in db.ImprovementActions on e.ActionId equals a.Id
                where e.Id == query.Id && a.OrgUnitCode == query.Governorate && a.Number == query.Number
                select new { e.StoredName, e.FileName, e.ContentType, e.Size, e.Sha256 })
            .FirstOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return AppError.NotFound("action.evidence.not_found");
        }

        try
        {
            return new ActionEvidenceDownload(row.FileName, row.ContentType, row.Size, row.Sha256, store.OpenRead(row.StoredName));
        }
        catch (FileNotFoundException ex)
        {
            logger.LogError(ex, "Action evidence {EvidenceId} is recorded but its file {StoredName} is missing from the store", query.Id, row.StoredName);
            return AppError.NotFound("action.evidence.not_found");
        }
    }
}
