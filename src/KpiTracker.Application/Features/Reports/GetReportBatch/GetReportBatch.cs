namespace KpiTracker.Application.Features.Reports.GetReportBatch;

/// <summary>Central team: a batch's state, percent and the document it is rendering now.</summary>
public sealed record GetReportBatchQuery(Guid Id) : IQuery<Result<ReportBatchDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

internal sealed class GetReportBatchHandler(ReportFiles files) : IQueryHandler<GetReportBatchQuery, Result<ReportBatchDto>>
{
    public ValueTask<Result<ReportBatchDto>> Handle(GetReportBatchQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult<Result<ReportBatchDto>>(files.ReadBatch(query.Id) is { } state ? ReportBatchDto.From(state) : AppError.NotFound("report_batch.not_found"));
}
