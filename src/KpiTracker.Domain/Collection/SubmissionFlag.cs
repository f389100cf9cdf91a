using KpiTracker.Domain.Quality;

namespace KpiTracker.Domain.Collection;

/// <summary>
/// An outlier found by the scan (<see cref="OutlierScan"/>) on an item's value, kept with the statistic that raised it.
/// A reviewer resolves it by confirming the value with a reason, or by returning the item; the value never changes by itself.
/// </summary>
public sealed class SubmissionFlag : EventSource, IAudited
{
    private SubmissionFlag()
    {
    }

    public Guid Id { get; private set; }
    public Guid CycleId { get; private set; }
    public Guid SubmissionId { get; private set; }
    public int Year { get; private set; }
    public string OrgUnitCode { get; private set; } = "";
    public string IndicatorCode { get; private set; } = "";
    public int Revision { get; private set; }

    /// <summary><see cref="OutlierFlag.ModifiedZ"/>, <see cref="OutlierFlag.IqrFence"/> or <see cref="HistoryOutlier.Method"/>.</summary>
    public string Method { get; private set; } = "";
    public decimal Value { get; private set; }

    /// <summary>M, the distance beyond the fence, or z; null for a history flag whose earlier values were all equal.</summary>
    public decimal? Statistic { get; private set; }

    /// <summary>The median across governorates, or the mean of the governorate's earlier values.</summary>
    public decimal Center { get; private set; }
    public decimal Threshold { get; private set; }
    public FlagStatus Status { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ResolvedAt { get; private set; }
    public string? ResolvedBy { get; private set; }
    public string? Reason { get; private set; }

    public string AuditKey => $"{Year}/{OrgUnitCode}/{IndicatorCode}/{Method}";

    public static SubmissionFlag Across(Submission submission, OutlierFlag flag, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(flag);
        return Create(submission, flag.Method, flag.Value, flag.Statistic, flag.Median, flag.Threshold, now);
    }

    public static SubmissionFlag History(Submission submission, HistoryOutlier outlier, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outlier);
        return Create(submission, HistoryOutlier.Method, outlier.Value, outlier.Z, outlier.Mean, outlier.Threshold, now);
    }

    public IReadOnlyList<RuleViolation> Confirm(string reason, DateTimeOffset now, string actor)
    {
        if (Status != FlagStatus.Open)
        {
            return [new RuleViolation("", "flag.resolved")];
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return [new RuleViolation("reason", "flag.reason.required")];
        }

        var problems = TextRules.Check(reason, "reason").ToList();
        if (problems.Count > 0)
        {
            return problems;
        }

        Resolve(FlagStatus.Confirmed, reason.Trim(), now, actor);
        return [];
    }

    /// <summary>The item went back to its owner: the flag is answered by that return.</summary>
    public void ResolveByReturn(string? reason, DateTimeOffset now, string actor)
    {
        if (Status == FlagStatus.Open)
        {
            Resolve(FlagStatus.Returned, reason, now, actor);
        }
    }

    private static SubmissionFlag Create(Submission submission, string method, decimal value, decimal? statistic, decimal center, decimal threshold, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var flag = new SubmissionFlag
        {
            Id = Guid.NewGuid(),
            CycleId = submission.CycleId,
            SubmissionId = submission.Id,
            Year = submission.Year,
            OrgUnitCode = submission.OrgUnitCode,
            IndicatorCode = submission.IndicatorCode,
            Revision = submission.CurrentRevision,
            Method = method,
            Value = value,
            Statistic = statistic is { } s ? Math.Round(s, DecimalInput.MaxDecimals, MidpointRounding.AwayFromZero) : null,
            Center = Math.Round(center, DecimalInput.MaxDecimals, MidpointRounding.AwayFromZero),
            Threshold = Math.Round(threshold, DecimalInput.MaxDecimals, MidpointRounding.AwayFromZero),
            Status = FlagStatus.Open,
            CreatedAt = now,
        };
        // An open flag lowers the data-quality index the run is computed from; so does resolving it raise it again.
        flag.Raise(new ScoringInputsChanged(flag.CycleId, flag.OrgUnitCode));
        return flag;
    }

    private void Resolve(FlagStatus status, string? reason, DateTimeOffset now, string actor)
    {
        Status = status;
        Reason = reason;
        ResolvedAt = now;
        ResolvedBy = actor;
        Raise(new ScoringInputsChanged(CycleId, OrgUnitCode));
    }
}
