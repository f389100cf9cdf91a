namespace KpiTracker.Application.Features.Reports;

/// <summary>What a batch has done so far, kept as JSON beside its zip (no table: a batch is a file and its progress).</summary>
public sealed record ReportBatchState(
    Guid Id,
    int Year,
    string State,
    int Done,
    int Total,
    string? CurrentItem,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<string> Skipped,
    string? Error)
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    public int Percent => Total == 0 ? (State == Succeeded ? 100 : 0) : Done * 100 / Total;
}
