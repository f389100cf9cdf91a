namespace KpiTracker.Application.Features.Submissions;

/// <summary>How an item is named on the wire: cycle year, governorate code, indicator code.</summary>
public sealed record SubmissionKey(int Year, string Governorate, string Indicator);

/// <summary>An item loaded for a change or a read, with its cycle and indicator.</summary>
internal sealed record LoadedItem(Cycle Cycle, Submission Submission, Indicator Indicator);
