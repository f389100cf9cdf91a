namespace KpiTracker.Application.Features.Submissions.GetVerifyPage;

/// <summary>What the central team does with a row of the verification table: decide a not-applicable request, or verify a value.</summary>
public enum VerifyWork
{
    DecideNa,
    Verify,
}

/// <summary>
/// One item waiting for the central team: its value with the unit and last year's value, the methods of its open outlier
/// flags, its evidence count, when it started waiting (accepted, or the not-applicable request) and the owner's reason for a
/// request. <see cref="Version"/> is what a verification sends back.
/// </summary>
public sealed record VerifyRow(
    string Governorate,
    string Indicator,
    VerifyWork Work,
    SubmissionState State,
    uint Version,
    decimal? Value,
    IndicatorUnit Unit,
    decimal? PreviousValue,
    IReadOnlyList<string> Flags,
    int EvidenceCount,
    DateTimeOffset? WaitingSince,
    string? NaReason);

/// <summary>
/// Which rows the table shows: a governorate, a criterion, a flag (<c>any</c>, <c>none</c> or a method such as
/// <c>modified_z</c>), with or without evidence, and the kind of work. Null means "all".
/// </summary>
public sealed record VerifyFilter(string? Governorate = null, string? Criterion = null, string? Flag = null, bool? Evidence = null, VerifyWork? Work = null)
{
    public const string AnyFlag = "any";

    public const string NoFlag = "none";

    /// <summary>The flag filter's values in the order a form offers them.</summary>
    public static readonly IReadOnlyList<string> Flags = [AnyFlag, NoFlag, Domain.Quality.OutlierFlag.ModifiedZ, Domain.Quality.OutlierFlag.IqrFence, Domain.Quality.HistoryOutlier.Method];

    public bool Matches(VerifyRow row, string? criterion) =>
        (Governorate is null || row.Governorate == Governorate)
        && (Criterion is null || criterion == Criterion)
        && Flag switch
        {
            null => true,
            AnyFlag => row.Flags.Count > 0,
            NoFlag => row.Flags.Count == 0,
            var method => row.Flags.Contains(method),
        }
        && (Evidence is not { } evidence || (row.EvidenceCount > 0) == evidence)
        && (Work is not { } work || row.Work == work);
}
