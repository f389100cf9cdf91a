namespace KpiTracker.Application.Features.Scoring;

// What scoring one cycle answers (scoring a range of cycles answers one per cycle): the runs stored, per governorate. A plain
// comment, not a summary: the OpenAPI document would carry it.
public sealed record ScoreCycleResultDto(int Year, string Kind, IReadOnlyList<RunSummaryDto> Runs);

public sealed record RunSummaryDto(string Governorate, Guid RunId, string InputHash, decimal? Overall, string? Band, string Outcome);
