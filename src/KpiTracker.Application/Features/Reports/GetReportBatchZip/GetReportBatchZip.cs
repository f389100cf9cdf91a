namespace KpiTracker.Application.Features.Reports.GetReportBatchZip;

/// <summary>Central team: a finished batch's zip; 409 while it is still running, 404 for an unknown batch.</summary>
public sealed record GetReportBatchZipQuery(Guid Id) : IQuery<Result<ReportZip>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

internal sealed class GetReportBatchZipHandler(ReportFiles files) : IQueryHandler<GetReportBatchZipQuery, Result<ReportZip>>
{
    public ValueTask<Result<ReportZip>> Handle(GetReportBatchZipQuery query, CancellationToken cancellationToken)
    {
        Result<ReportZip> result = files.ReadBatch(query.Id) switch
        {
            null => AppError.NotFound("report_batch.not_found"),
            { State: ReportBatchState.Succeeded } state when File.Exists(files.ZipPath(state.Id)) =>
                new ReportZip(files.ZipPath(state.Id), $"scorecards-{state.Year}.zip"),
            { State: ReportBatchState.Failed } => AppError.Conflict("report_batch.failed"),
            _ => AppError.Conflict("report_batch.not_ready"),
        };
        return ValueTask.FromResult(result);
    }
}
