namespace KpiTracker.Domain.Collection;

/// <summary>
/// One version of an item's value. Revision 1 starts when the cycle opens; a reopen after lock starts the next, and every
/// earlier revision is kept. Evidence files attach to a revision: the evidence feature keeps <see cref="EvidenceCount"/>
/// in step with the files it stores (<see cref="EvidenceAdded"/>, <see cref="EvidenceRemoved"/>).
/// </summary>
public sealed class Revision : EventSource, IAudited
{
    private Revision()
    {
    }

    public Guid Id { get; private set; }
    public Guid SubmissionId { get; private set; }
    public int Number { get; private set; }
    public decimal? Value { get; private set; }
    public decimal? Numerator { get; private set; }
    public decimal? Denominator { get; private set; }
    public decimal? LikertMean { get; private set; }
    public int? SampleSize { get; private set; }
    public int? Population { get; private set; }
    public decimal? ResponseRate { get; private set; }
    public string? Instrument { get; private set; }
    public string? Comment { get; private set; }
    public string? Justification { get; private set; }

    /// <summary>The owner's analysis of the value (causes, context); required to submit a red value.</summary>
    public string? Analysis { get; private set; }

    /// <summary>The governorate reviewer's recommendation, given when accepting this revision, and who gave it when.</summary>
    public string? Recommendation { get; private set; }
    public string? RecommendedBy { get; private set; }
    public DateTimeOffset? RecommendedAt { get; private set; }
    public int EvidenceCount { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }
    public string? UpdatedBy { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>When a reviewer of the governorate first opened one of this revision's evidence files, and who (data quality: evidence reviewed).</summary>
    public DateTimeOffset? EvidenceOpenedAt { get; private set; }
    public string? EvidenceOpenedBy { get; private set; }

    /// <summary>Set by EF when the revision is loaded with its submission; for the audit key and the events it raises.</summary>
    public Submission? Submission { get; private set; }

    public string AuditKey => $"{Submission?.AuditKey ?? SubmissionId.ToString()}/r{Number}";

    public EntryValues Values => new(Value, Numerator, Denominator, LikertMean, SampleSize, Population, ResponseRate, Instrument, Comment, Justification) { Analysis = Analysis };

    public void EvidenceAdded() => EvidenceCount++;

    public void EvidenceRemoved()
    {
        if (EvidenceCount == 0)
        {
            throw new DomainException($"Revision {AuditKey} has no evidence to remove.");
        }

        EvidenceCount--;
    }

    /// <summary>
    /// A reviewer opened one of this revision's evidence files; only the first opening is kept. False when one was already
    /// recorded. Needs the submission loaded: the opening counts in the governorate's data-quality index.
    /// </summary>
    public bool EvidenceOpened(DateTimeOffset now, string reviewer)
    {
        if (EvidenceOpenedAt is not null)
        {
            return false;
        }

        var item = Submission ?? throw new DomainException($"Revision {AuditKey}: its submission is not loaded.");
        EvidenceOpenedAt = now;
        EvidenceOpenedBy = reviewer;
        Raise(new ScoringInputsChanged(item.CycleId, item.OrgUnitCode));
        return true;
    }

    internal static Revision Create(Submission submission, int number, EntryValues values, DateTimeOffset now) => new Revision
    {
        Id = Guid.NewGuid(),
        SubmissionId = submission.Id,
        Submission = submission,
        Number = number,
        CreatedAt = now,
    }.With(values);

    internal void Apply(EntryValues values, DateTimeOffset now, string actor)
    {
        With(values);
        UpdatedAt = now;
        UpdatedBy = actor;
    }

    internal void MarkSubmitted(DateTimeOffset now) => SubmittedAt = now;

    internal void Recommend(string recommendation, DateTimeOffset now, string actor)
    {
        Recommendation = recommendation;
        RecommendedBy = actor;
        RecommendedAt = now;
    }

    private Revision With(EntryValues values)
    {
        Value = values.Value;
        Numerator = values.Numerator;
        Denominator = values.Denominator;
        LikertMean = values.LikertMean;
        SampleSize = values.SampleSize;
        Population = values.Population;
        ResponseRate = values.ResponseRate;
        Instrument = values.Instrument;
        Comment = values.Comment;
        Justification = values.Justification;
        Analysis = values.Analysis;
        return this;
    }
}
