using Hangfire;
using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Features.Audit.ExportAuditHead;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Jobs;

/// <summary>Every 5 minutes: appends the audit chain's head to the export file (<see cref="ExportAuditHeadCommand"/>); nothing without one.</summary>
public sealed class AuditHeadExportJob(ISender sender, IOptions<AuditOptions> options)
{
    [Queue(JobQueues.Default)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.HeadExportPath))
        {
            await sender.Send(new ExportAuditHeadCommand(), cancellationToken);
        }
    }
}
