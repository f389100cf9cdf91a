namespace KpiTracker.Application.Features.Submissions;

/// <summary>
/// Runs one change of one item inside the command's transaction: load it (holding the cycle row so a close waits), check the
/// version the caller read, apply the domain method, save the item, its audit records and notifications. A version that is
/// not the current one, or a write that lost a race (PostgreSQL's xmin moved between read and write), is answered 409 with
/// the item as it is now; nothing is ever overwritten silently, and the failure rolls the command back.
/// </summary>
internal sealed class SubmissionWorkflow(AppDbContext db, SubmissionReader reader, ICurrentUser user)
{
    public string Actor => user.UserName ?? "system";

    public async Task<Result<SubmissionDto>> ChangeAsync(
        SubmissionKey key,
        uint? expectedVersion,
        Func<LoadedItem, Task<IReadOnlyList<RuleViolation>>> change,
        CancellationToken cancellationToken)
    {
        var (item, notFound) = await reader.LoadAsync(key, shareCycle: true, cancellationToken);
        if (item is null)
        {
            return notFound!;
        }

        if (expectedVersion is { } version && version != reader.VersionOf(item.Submission))
        {
            return await StaleAsync(key, cancellationToken);
        }

        var violations = await change(item);
        if (violations.Count > 0)
        {
            return SubmissionErrors.From(violations, violations.Any(v => v.Field.Length == 0) ? await reader.ToDtoAsync(item, cancellationToken) : null);
        }

        try
        {
            // Every change writes the item's row, so its xmin is checked even when only the revision changed.
            db.Entry(item.Submission).Property(s => s.UpdatedAt).IsModified = true;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await StaleAsync(key, cancellationToken);
        }

        return await reader.ToDtoAsync(item, cancellationToken);
    }

    private async Task<Result<SubmissionDto>> StaleAsync(SubmissionKey key, CancellationToken cancellationToken)
    {
        // The item as another writer left it: read afresh, not from what this change staged.
        db.ChangeTracker.Clear();
        var (item, notFound) = await reader.LoadAsync(key, shareCycle: false, cancellationToken);
        return item is null
            ? notFound!
            : new AppError(ErrorKind.Conflict, "submission.stale", Messages.Get("submission.stale"), []) { Current = await reader.ToDtoAsync(item, cancellationToken) };
    }
}
