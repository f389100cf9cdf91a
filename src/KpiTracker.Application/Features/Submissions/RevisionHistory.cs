namespace KpiTracker.Application.Features.Submissions;

/// <summary>An item's revisions, newest first, each with its workflow events: read by the revisions list and the submission page.</summary>
internal static class RevisionHistory
{
    /// <summary>Null when there is no such item.</summary>
    public static async Task<IReadOnlyList<RevisionDto>?> ReadAsync(AppDbContext db, SubmissionKey key, CancellationToken cancellationToken)
    {
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Revisions).Include(s => s.Events).AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Year == key.Year && s.OrgUnitCode == key.Governorate && s.IndicatorCode == key.Indicator, cancellationToken);
        if (submission is null)
        {
            return null;
        }

        return [
            .. submission.Revisions.OrderByDescending(r => r.Number).Select(r => new RevisionDto(
                r.Number,
                r.Number == submission.CurrentRevision,
                r.Value,
                r.Numerator,
                r.Denominator,
                r.LikertMean,
                r.SampleSize,
                r.Population,
                r.ResponseRate,
                r.Instrument,
                r.Comment,
                r.Justification,
                r.EvidenceCount,
                r.CreatedAt,
                r.UpdatedAt,
                r.UpdatedBy,
                r.SubmittedAt,
                r.Analysis,
                r.Recommendation,
                [.. submission.Events.Where(e => e.Revision == r.Number).OrderBy(e => e.At).ThenBy(e => e.Id)
                    .Select(e => new SubmissionEventDto(e.Action, e.FromState.ToCode(), e.ToState.ToCode(), e.At, e.Actor, e.ReturnReason?.ToCode(), e.Text))])),
        ];
    }
}
