using KpiTracker.Application.Common.Auditing;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Features.Audit.ExportAuditHead;

/// <summary>
/// Appends the chain's head to the export file (<c>Kpi:Audit:HeadExportPath</c>): verifies incrementally from the last
/// intact export, then writes the last sequence and hash with the outcome, signed. Run every 5 minutes by the worker and
/// on demand (auditors, central team). It writes nothing to the database.
/// </summary>
public sealed record ExportAuditHeadCommand : ICommand<Result<AuditHeadExported>>, IRequireAccess, IOwnUnitsOfWork
{
    public AccessRequirement Access => new(Permission.AuditRead);
}

/// <param name="Head">The line appended; null when the chain has no record yet.</param>
/// <param name="Chain">The verification the export rests on.</param>
public sealed record AuditHeadExported(AuditHead? Head, AuditChainReport Chain);

internal sealed class ExportAuditHeadHandler(AppDbContext db, AuditChain chain, AuditKeys keys, IOptions<AuditOptions> options)
    : ICommandHandler<ExportAuditHeadCommand, Result<AuditHeadExported>>
{
    private sealed record Head(long Seq, string Hash);

    public async ValueTask<Result<AuditHeadExported>> Handle(ExportAuditHeadCommand command, CancellationToken cancellationToken)
    {
        if (options.Value.HeadExportPath is not { Length: > 0 } path)
        {
            return AppError.Conflict("audit.head_export_off");
        }

        // The head first, then the check: a record added in between is covered by the next export.
        var head = await db.Database.SqlQueryRaw<Head>("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").FirstOrDefaultAsync(cancellationToken);
        var report = await chain.VerifyAsync(fromLastExport: true, cancellationToken);
        if (head is null)
        {
            return new AuditHeadExported(null, report);
        }

        var line = AuditHead.Sign(keys.Signing, head.Seq, head.Hash, TimeProvider.System.GetUtcNow(), report.Intact);
        AuditHeadFile.Append(path, line);
        return new AuditHeadExported(line, report);
    }
}
