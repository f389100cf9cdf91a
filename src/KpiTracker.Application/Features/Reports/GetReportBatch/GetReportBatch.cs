namespace KpiTracker.Application.Features.Reports.GetReportBatch;

/// <summary>Central team: a batch's state, percent and the document it is rendering now.</summary>
public sealed record GetReportBatchQuery(Guid Id) : IQuery<Result<ReportBatchDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

/// <summary>Central team: a finished batch's zip; 409 while it is still running, 404 for an unknown batch.</summary>
public sealed record GetReportBatchZipQuery(Guid Id) : IQuery<Result<ReportZip>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

internal sealed class GetReportBatchHandler(ReportFiles files) : IQueryHandler<GetReportBatchQuery, Result<ReportBatchDto>>
{
    public ValueTask<Result<ReportBatchDto>> Handle(GetReportBatchQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<ReportBatchDto>>(files.ReadBatch(query.Id) is { } state ? ReportBatchDto.From(state) : AppError.NotFound("report_batch.not_found"));
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
