namespace KpiTracker.Domain.Quality;

/// <summary>The counts behind one unit's data quality index for a cycle.</summary>
public sealed record DataQualityCounts(
    int Applicable,
    int Submitted,
    int OnTime,
    int Submissions,
    int Returns,
    int RequiringEvidence,
    int WithEvidence,
    int FlaggedItems,
    int OpenFlags);
