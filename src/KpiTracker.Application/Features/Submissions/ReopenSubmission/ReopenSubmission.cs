using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Common.Files;
using EvidenceFile = KpiTracker.Domain.Collection.Evidence;

namespace KpiTracker.Application.Features.Submissions.ReopenSubmission;

/// <summary>
/// Central team, after close: reopens one locked or missing item for a restatement, as a new revision starting from the
/// last one's values; earlier revisions are kept. The owner corrects and submits, the reviewer accepts, and verification
/// locks it again. Owners are notified. The last revision's evidence carries over to the new one as copies of its files,
/// so a restatement that only corrects a number need not upload its documents again, and the owner may remove or add files
/// in the new revision without touching the history's. Copies left over by a refused or retried attempt are removed.
/// </summary>
public sealed record ReopenSubmissionCommand(int Year, string Governorate, string Indicator, uint? Version, string? Reason) : ICommand<Result<SubmissionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CycleManage, Governorate, Indicator);
}

internal sealed class ReopenSubmissionValidator : AbstractValidator<ReopenSubmissionCommand>
{
    public ReopenSubmissionValidator() => RuleFor(c => c.Reason).ValidReason();
}

internal sealed class ReopenSubmissionHandler(
    AppDbContext db, SubmissionWorkflow workflow, FileStore store, AuditContext audit, Notifier notifier, TimeProvider clock)
    : ICommandHandler<ReopenSubmissionCommand, Result<SubmissionDto>>
{
    private readonly List<string> _copies = [];

    public async ValueTask<Result<SubmissionDto>> Handle(ReopenSubmissionCommand command, CancellationToken cancellationToken)
    {
        audit.Reason = command.Reason?.Trim();
        try
        {
            return await ReopenAsync(command, cancellationToken);
        }
        finally
        {
            await RemoveOrphanedCopiesAsync();
        }
    }

    /// <summary>Copies made by an attempt that was refused or retried are not referenced by any record: their bytes go.</summary>
    private async Task RemoveOrphanedCopiesAsync()
    {
        if (_copies.Count == 0)
        {
            return;
        }

        var kept = await db.Set<EvidenceFile>().AsNoTracking().Where(e => _copies.Contains(e.StoredName)).Select(e => e.StoredName).ToListAsync(CancellationToken.None);
        foreach (var orphan in _copies.Except(kept))
        {
            store.Delete(orphan);
        }
    }

    private async Task<Result<SubmissionDto>> ReopenAsync(ReopenSubmissionCommand command, CancellationToken cancellationToken)
    {
        return await workflow.ChangeAsync(new SubmissionKey(command.Year, command.Governorate, command.Indicator), command.Version, async item =>
        {
            var now = clock.GetUtcNow();
            var violations = item.Submission.Reopen(item.Cycle, item.Indicator, command.Reason ?? "", now, workflow.Actor);
            if (violations.Count == 0)
            {
                await CarryEvidenceAsync(item.Submission, cancellationToken);
                await notifier.ToOwnersAsync(item.Submission, NotificationKind.SubmissionReopened, now, cancellationToken);
            }

            return violations;
        }, cancellationToken);
    }

    private async Task CarryEvidenceAsync(Submission submission, CancellationToken cancellationToken)
    {
        var current = submission.Current;
        var previous = submission.Revisions.Single(r => r.Number == current.Number - 1);
        var files = await db.Set<EvidenceFile>().AsNoTracking()
            .Where(e => e.RevisionId == previous.Id)
            .OrderBy(e => e.UploadedAt).ThenBy(e => e.FileName)
            .ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            var copy = await store.CopyAsync(file.StoredName, cancellationToken);
            _copies.Add(copy.StoredName);
            db.Add(EvidenceFile.Attach(current, copy.StoredName, file.FileName, file.ContentType, copy.Size, copy.Sha256, file.UploadedById, file.UploadedBy, file.UploadedAt));
        }
    }
}
