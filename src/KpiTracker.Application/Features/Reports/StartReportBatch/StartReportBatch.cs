using System.Text.Json;
using Hangfire;
using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Jobs;

namespace KpiTracker.Application.Features.Reports.StartReportBatch;

/// <summary>
/// Central team: renders every governorate's scorecard in Arabic and English into one zip, in the background. The batch is a
/// progress file and, when done, the zip beside it; creating it is audited (<c>report_batch.create</c>).
/// </summary>
public sealed record StartReportBatchCommand(int Year) : ICommand<Result<ReportBatchDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage);
}

internal sealed class StartReportBatchValidator : AbstractValidator<StartReportBatchCommand>
{
    public StartReportBatchValidator() => RuleFor(c => c.Year).InclusiveBetween(2000, 2100);
}

internal sealed class StartReportBatchHandler(AppDbContext db, ReportFiles files, JobStorage storage, AuditWriter audit, CommitHooks hooks, TimeProvider clock)
    : ICommandHandler<StartReportBatchCommand, Result<ReportBatchDto>>
{
    public async ValueTask<Result<ReportBatchDto>> Handle(StartReportBatchCommand command, CancellationToken cancellationToken)
    {
        if (await ScoringScope.ScorableCycleAsync(db, command.Year, cancellationToken) is null)
        {
            return AppError.NotFound("scoring.cycle_not_found");
        }

        if (!await db.ScoreRuns.AnyAsync(r => r.Year == command.Year && r.IsLatest, cancellationToken))
        {
            return AppError.NotFound("report.no_run");
        }

        var governorates = await ScoringScope.GovernoratesAsync(db, cancellationToken);
        var state = new ReportBatchState(Guid.NewGuid(), command.Year, ReportBatchState.Queued, 0, governorates.Count * ReportLanguages.All.Length, null,
            clock.GetUtcNow(), null, [], null);
        files.WriteBatch(state);
        await audit.WriteAsync("report_batch.create", "report_batch", state.Id.ToString(), JsonSerializer.Serialize(new { year = command.Year, documents = state.Total }), cancellationToken);
        // Once the command has committed; on this host's storage, not Hangfire's process-wide JobStorage.Current (see HangfireScoreSignal).
        hooks.AfterCommit(() => new BackgroundJobClient(storage).Enqueue<ReportBatchJob>(j => j.RunAsync(state.Id, CancellationToken.None)));
        return ReportBatchDto.From(state);
    }
}
