using KpiTracker.Application.Common.Files;
using KpiTracker.Domain.Improvement;

namespace KpiTracker.Application.Features.Actions.UploadActionEvidence;

/// <summary>
/// Reviewer: attaches a file to an open action as evidence of its completion, with the checks and storage of a value's
/// evidence: recognised from its content, at most 20 MB, stored under a generated name with its SHA-256 and size, audited;
/// a refused file leaves nothing behind. <c>Content</c> is a readable, seekable stream of the upload, null when none was sent.
/// </summary>
public sealed record UploadActionEvidenceCommand(string Governorate, int Number, string? FileName, long Length, Stream? Content)
    : ICommand<Result<ActionEvidenceDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ActionManage, Governorate);
}

internal sealed class UploadActionEvidenceValidator : AbstractValidator<UploadActionEvidenceCommand>
{
    public UploadActionEvidenceValidator()
    {
        RuleFor(c => c.Content).NotNull().OverridePropertyName("file").WithErrorCode("file.required").WithMessage(_ => Messages.Get("file.required"));
        RuleFor(c => c.Length).LessThanOrEqualTo(FileRules.MaxFileBytes).OverridePropertyName("file")
            .WithErrorCode("file.too_large").WithMessage(_ => FileRules.Problem("file", "file.too_large").Message);
    }
}

internal sealed class UploadActionEvidenceHandler(AppDbContext db, FileStore store, CommitHooks hooks, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UploadActionEvidenceCommand, Result<ActionEvidenceDto>>
{
    public async ValueTask<Result<ActionEvidenceDto>> Handle(UploadActionEvidenceCommand command, CancellationToken cancellationToken)
    {
        // Checked before anything is written: the action must take the file, and the file must be one we accept.
        var action = await db.ImprovementActions.FirstOrDefaultAsync(a => a.OrgUnitCode == command.Governorate && a.Number == command.Number, cancellationToken);
        if (action is null)
        {
            return AppError.NotFound("action.not_found");
        }

        if (action.CheckAddEvidence() is { } refused)
        {
            return ActionErrors.From([refused]);
        }

        // A refused or failed upload leaves nothing behind.
        var accepted = await AcceptedUpload.StoreAsync(store, hooks, command.Content!, command.FileName, cancellationToken);
        if (!accepted.IsSuccess)
        {
            return accepted.Error!;
        }

        var (stored, fileName, contentType) = accepted.Value;
        var evidence = ActionEvidence.Attach(
            action, stored.StoredName, fileName, contentType, stored.Size, stored.Sha256, user.UserId, user.UserName ?? "system", clock.GetUtcNow());
        db.Add(evidence);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AppError.Conflict("action.stale");
        }

        return new ActionEvidenceDto(evidence.Id, evidence.FileName, evidence.ContentType, evidence.Size, evidence.Sha256, evidence.UploadedBy, evidence.UploadedAt);
    }
}
