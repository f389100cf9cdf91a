using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Common.Security;
using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;
using EvidenceFile = KpiTracker.Domain.Collection.Evidence;

namespace KpiTracker.Application.Features.Evidence.DeleteEvidence;

/// <summary>Owner: removes a file from the item's current revision while it is a draft or returned; audited, then the bytes go.</summary>
public sealed record DeleteEvidenceCommand(int Year, string Governorate, string Indicator, Guid Id) : ICommand<Result<DeletedEvidence>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionEnter, Governorate, Indicator);
}

public sealed record DeletedEvidence(Guid Id);

internal sealed class DeleteEvidenceHandler(AppDbContext db, SubmissionReader reader, FileStore store, TimeProvider clock) : ICommandHandler<DeleteEvidenceCommand, Result<DeletedEvidence>>
{
    public async ValueTask<Result<DeletedEvidence>> Handle(DeleteEvidenceCommand command, CancellationToken cancellationToken)
    {
        AppError? failure = null;
        string? storedName = null;
        try
        {
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                (failure, storedName) = (null, null);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var (item, notFound) = await reader.LoadAsync(new SubmissionKey(command.Year, command.Governorate, command.Indicator), shareCycle: true, cancellationToken);
                var evidence = item is null ? null : await db.Set<EvidenceFile>().FirstOrDefaultAsync(e => e.Id == command.Id, cancellationToken);
                if (item is null || evidence is null || item.Submission.Revisions.All(r => r.Id != evidence.RevisionId))
                {
                    failure = notFound ?? AppError.NotFound("evidence.not_found");
                    return;
                }

                // Earlier revisions are history: their evidence stays with them.
                var blocked = evidence.RevisionId != item.Submission.Current.Id
                    ? new RuleViolation("", "evidence.not_editable")
                    : item.Submission.CheckEntry(item.Cycle, item.Indicator, clock.GetUtcNow());
                if (blocked is not null)
                {
                    failure = EvidenceItems.From(blocked);
                    return;
                }

                evidence.Detach();
                db.Remove(evidence);
                db.Entry(item.Submission).Property(s => s.UpdatedAt).IsModified = true;
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                storedName = evidence.StoredName;
            });
        }
        catch (DbUpdateConcurrencyException)
        {
            failure = EvidenceItems.Stale();
        }

        if (failure is not null)
        {
            db.ChangeTracker.Clear();
            return failure;
        }

        store.Delete(storedName!);
        return new DeletedEvidence(command.Id);
    }
}
