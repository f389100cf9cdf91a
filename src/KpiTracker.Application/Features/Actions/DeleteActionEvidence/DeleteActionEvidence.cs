using KpiTracker.Application.Common.Files;

namespace KpiTracker.Application.Features.Actions.DeleteActionEvidence;

/// <summary>Reviewer: removes an evidence file from an action while it is open; audited, then the bytes go. A done action keeps its files.</summary>
public sealed record DeleteActionEvidenceCommand(string Governorate, int Number, Guid Id) : ICommand<Result<DeletedActionEvidence>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ActionManage, Governorate);
}

public sealed record DeletedActionEvidence(Guid Id);

internal sealed class DeleteActionEvidenceHandler(AppDbContext db, FileStore store, CommitHooks hooks, TimeProvider clock)
    : ICommandHandler<DeleteActionEvidenceCommand, Result<DeletedActionEvidence>>
{
    public async ValueTask<Result<DeletedActionEvidence>> Handle(DeleteActionEvidenceCommand command, CancellationToken cancellationToken)
    {
        var evidence = await db.ActionEvidenceFiles.Include(e => e.Action)
            .FirstOrDefaultAsync(e => e.Id == command.Id && e.Action!.OrgUnitCode == command.Governorate && e.Action.Number == command.Number, cancellationToken);
        if (evidence is null)
        {
            return AppError.NotFound("action.evidence.not_found");
        }

        if (evidence.Detach(clock.GetUtcNow()) is { } refused)
        {
            return ActionErrors.From([refused]);
        }

        db.Remove(evidence);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AppError.Conflict("action.stale");
        }

        // The bytes go once the record is gone for good, when the command has committed.
        hooks.AfterCommit(() => store.Delete(evidence.StoredName));
        return new DeletedActionEvidence(command.Id);
    }
}
