namespace KpiTracker.Application.Features.Submissions;

/// <summary>
/// Segregation of duties on an item's review path: whoever submitted the item's current revision may not accept or verify it,
/// and whoever accepted it may not verify it, whatever roles they hold (one person may be owner and reviewer of the same
/// scope). Refused 403 with <c>submission.own_submission</c> or <c>submission.own_acceptance</c>. The system (jobs, the CLI)
/// acts for nobody and is not held to it.
/// </summary>
internal sealed class SeparateDuties(AppDbContext db, ICurrentUser user, SubmissionWorkflow workflow)
{
    private string Actor => workflow.Actor;

    /// <summary>The reviewer's accept, unless they submitted the revision.</summary>
    public async Task<IReadOnlyList<RuleViolation>> AcceptAsync(Submission submission, string? recommendation, DateTimeOffset now, CancellationToken cancellationToken) =>
        await CheckAsync(submission, cancellationToken, ("submit", "submission.own_submission")) is { Count: > 0 } refused
            ? refused
            : submission.Accept(now, Actor, recommendation);

    /// <summary>The central team's verify, unless they submitted or accepted the revision.</summary>
    public async Task<IReadOnlyList<RuleViolation>> VerifyAsync(LoadedItem item, DateTimeOffset now, CancellationToken cancellationToken) =>
        await CheckAsync(item.Submission, cancellationToken, ("submit", "submission.own_submission"), ("accept", "submission.own_acceptance")) is { Count: > 0 } refused
            ? refused
            : item.Submission.Verify(item.Cycle, now, Actor);

    private async Task<IReadOnlyList<RuleViolation>> CheckAsync(Submission submission, CancellationToken cancellationToken, params (string Action, string Code)[] duties)
    {
        if (user.IsSystem || user.UserName is not { } actor)
        {
            return [];
        }

        var actions = duties.Select(d => d.Action).ToList();
        var mine = await db.SubmissionEvents.AsNoTracking()
            .Where(e => e.SubmissionId == submission.Id && e.Revision == submission.CurrentRevision && e.Actor == actor && actions.Contains(e.Action))
            .Select(e => e.Action).Distinct().ToListAsync(cancellationToken);
        return [.. duties.Where(d => mine.Contains(d.Action)).Take(1).Select(d => new RuleViolation("", d.Code))];
    }
}
