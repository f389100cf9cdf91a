namespace KpiTracker.Application.Features.Reports;

/// <summary>A rendered document ready to send: its entity tag, download name and file; no file when the caller's copy is current (304).</summary>
public sealed record PdfFile(string ETag, string FileName, string? Path)
{
    public bool NotModified => Path is null;
}

/// <summary>A batch as the API shows it: state (queued, running, succeeded, failed), progress and, once done, where the zip is.</summary>
public sealed record ReportBatchDto(
    Guid Id,
    int Year,
    string State,
    int Percent,
    int Done,
    int Total,
    string? CurrentItem,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt,
    IReadOnlyList<string> Skipped,
    string? Error,
    string? Zip)
{
    public static ReportBatchDto From(ReportBatchState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new(state.Id, state.Year, state.State, state.Percent, state.Done, state.Total, state.CurrentItem, state.CreatedAt, state.FinishedAt,
            state.Skipped, state.Error, state.State == ReportBatchState.Succeeded ? $"/api/report-batches/{state.Id}/zip" : null);
    }
}

/// <summary>A finished batch's archive.</summary>
public sealed record ReportZip(string Path, string FileName);
