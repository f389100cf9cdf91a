using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Security;
using KpiTracker.Application.Data;
using KpiTracker.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Application.Features.Submissions;

/// <summary>
/// Runs one change of one item: load it in a transaction inside EF's execution strategy (holding the cycle row so a close
/// waits), check the version the caller read, apply the domain method, save the item, its audit records and notifications
/// together. A version that is not the current one, or a write that lost a race (PostgreSQL's xmin moved between read and
/// write), is answered 409 with the item as it is now; nothing is ever overwritten silently.
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
        LoadedItem? item = null;
        AppError? failure = null;
        var stale = false;
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                (item, failure, stale) = (null, null, false);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                (item, failure) = await reader.LoadAsync(key, shareCycle: true, cancellationToken);
                if (item is null)
                {
                    return;
                }

                if (expectedVersion is { } version && version != reader.VersionOf(item.Submission))
                {
                    stale = true;
                    return;
                }

                var violations = await change(item);
                if (violations.Count > 0)
                {
                    failure = SubmissionErrors.From(violations, violations.Any(v => v.Field.Length == 0) ? await reader.ToDtoAsync(item, cancellationToken) : null);
                    return;
                }

                // Every change writes the item's row, so its xmin is checked even when only the revision changed.
                db.Entry(item.Submission).Property(s => s.UpdatedAt).IsModified = true;
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            stale = true;
        }

        if (failure is not null || stale)
        {
            // Nothing of a refused change may reach a later SaveChanges in this scope (an audit record of the refusal, say).
            db.ChangeTracker.Clear();
        }

        if (stale)
        {
            return await StaleAsync(key, cancellationToken);
        }

        return failure is not null ? failure : await reader.ToDtoAsync(item!, cancellationToken);
    }

    private async Task<Result<SubmissionDto>> StaleAsync(SubmissionKey key, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var (item, notFound) = await reader.LoadAsync(key, shareCycle: false, cancellationToken);
        return item is null
            ? notFound!
            : new AppError(ErrorKind.Conflict, "submission.stale", Messages.Get("submission.stale"), []) { Current = await reader.ToDtoAsync(item, cancellationToken) };
    }
}
