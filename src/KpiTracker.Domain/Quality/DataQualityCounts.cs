namespace KpiTracker.Domain.Quality;

/// <summary>
/// The counts behind one unit's data quality index for a cycle, over the items people enter (not computed, not granted N/A):
/// <see cref="Timing"/> counts them and when they were first submitted (as GOV-02 does); <see cref="Submissions"/> and
/// <see cref="Returns"/> their submissions and returns; <see cref="EvidenceRequired"/> the accepted values of indicators that
/// require evidence and <see cref="EvidenceOpened"/> those of them whose evidence a reviewer of the unit opened;
/// <see cref="OpenFlagItems"/> the items with an open outlier flag.
/// </summary>
public sealed record DataQualityCounts(
    SubmissionTiming Timing,
    int Submissions,
    int Returns,
    int EvidenceRequired,
    int EvidenceOpened,
    int OpenFlagItems);
