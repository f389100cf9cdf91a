using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Features.Submissions;
using EvidenceFile = KpiTracker.Domain.Collection.Evidence;

namespace KpiTracker.Application.Features.Evidence.DeleteEvidence;

/// <summary>Owner: removes a file from the item's current revision while it is a draft or returned; audited, then the bytes go.</summary>
public sealed record DeleteEvidenceCommand(int Year, string Governorate, string Indicator, Guid Id) : ICommand<Result<DeletedEvidence>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionEnter, Governorate, Indicator);
}

public sealed record DeletedEvidence(Guid Id);

internal sealed class DeleteEvidenceHandler(AppDbContext db, SubmissionReader reader, FileStore store, CommitHooks hooks, TimeProvider clock) : ICommandHandler<DeleteEvidenceCommand, Result<DeletedEvidence>>
{
    public async ValueTask<Result<DeletedEvidence>> Handle(DeleteEvidenceCommand command, CancellationToken cancellationToken)
    {
        var (item, notFound) = await reader.LoadAsync(new SubmissionKey(command.Year, command.Governorate, command.Indicator), shareCycle: true, cancellationToken);
        var evidence = item is null ? null : await db.Set<EvidenceFile>().FirstOrDefaultAsync(e => e.Id == command.Id, cancellationToken);
        if (item is null || evidence is null || item.Submission.Revisions.All(r => r.Id != evidence.RevisionId))
        {
            return notFound ?? AppError.NotFound("evidence.not_found");
        }

        // Earlier revisions are history: their evidence stays with them.
        var blocked = evidence.RevisionId != item.Submission.Current.Id
            ? new RuleViolation("", "evidence.not_editable")
            : item.Submission.CheckEntry(item.Cycle, item.Indicator, clock.GetUtcNow());
        if (blocked is not null)
        {
            return EvidenceItems.From(blocked);
        }

        evidence.Detach();
        db.Remove(evidence);
        db.Entry(item.Submission).Property(s => s.UpdatedAt).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EvidenceItems.Stale();
        }

        // The bytes go once the record is gone for good, when the command has committed.
        hooks.AfterCommit(() => store.Delete(evidence.StoredName));
        return new DeletedEvidence(command.Id);
    }
}
