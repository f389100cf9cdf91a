using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Features.Submissions;
using EvidenceFile = KpiTracker.Domain.Collection.Evidence;

namespace KpiTracker.Application.Features.Evidence.UploadEvidence;

/// <summary>
/// Owner: attaches a file to the item's current revision while it is a draft or returned. The file is recognised from its
/// content, stored under a generated name with its SHA-256 and size recorded, and audited; a refused file leaves nothing behind.
/// <c>Content</c> is a readable, seekable stream of the upload (an <c>IFormFile</c>'s buffered stream), null when no file was sent.
/// </summary>
public sealed record UploadEvidenceCommand(int Year, string Governorate, string Indicator, string? FileName, long Length, Stream? Content)
    : ICommand<Result<EvidenceDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionEnter, Governorate, Indicator);
}

internal sealed class UploadEvidenceValidator : AbstractValidator<UploadEvidenceCommand>
{
    public UploadEvidenceValidator()
    {
        RuleFor(c => c.Content).NotNull().OverridePropertyName("file").WithErrorCode("file.required").WithMessage(_ => Messages.Get("file.required"));
        RuleFor(c => c.Length).LessThanOrEqualTo(FileRules.MaxFileBytes).OverridePropertyName("file")
            .WithErrorCode("file.too_large").WithMessage(_ => FileRules.Problem("file", "file.too_large").Message);
    }
}

internal sealed class UploadEvidenceHandler(AppDbContext db, SubmissionReader reader, FileStore store, CommitHooks hooks, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<UploadEvidenceCommand, Result<EvidenceDto>>
{
    public async ValueTask<Result<EvidenceDto>> Handle(UploadEvidenceCommand command, CancellationToken cancellationToken)
    {
        // Checked before anything is written: the item must take the file, and the file must be one we accept.
        var (item, notFound) = await reader.LoadAsync(Key(command), shareCycle: true, cancellationToken);
        if (item is null)
        {
            return notFound!;
        }

        if (Refusal(item) is { } refused)
        {
            return refused;
        }

        // A refused or failed upload leaves nothing behind.
        var accepted = await AcceptedUpload.StoreAsync(store, hooks, command.Content!, command.FileName, cancellationToken);
        if (!accepted.IsSuccess)
        {
            return accepted.Error!;
        }

        var (stored, fileName, contentType) = accepted.Value;
        var revision = item.Submission.Current;
        var evidence = EvidenceFile.Attach(
            revision, stored.StoredName, fileName, contentType, stored.Size, stored.Sha256, user.UserId, user.UserName ?? "system", clock.GetUtcNow());
        db.Add(evidence);
        // The item's row is written too, so its version (xmin) guards against a concurrent change or upload.
        db.Entry(item.Submission).Property(s => s.UpdatedAt).IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return EvidenceItems.Stale();
        }

        return new EvidenceDto(evidence.Id, revision.Number, evidence.FileName, evidence.ContentType, evidence.Size, evidence.Sha256, evidence.UploadedBy, evidence.UploadedAt);
    }

    private static SubmissionKey Key(UploadEvidenceCommand command) => new(command.Year, command.Governorate, command.Indicator);

    private AppError? Refusal(LoadedItem item)
    {
        if (item.Submission.CheckEntry(item.Cycle, item.Indicator, clock.GetUtcNow()) is { } blocked)
        {
            return EvidenceItems.From(blocked);
        }

        return EvidenceFile.CheckAdd(item.Submission.Current) is { } full ? EvidenceItems.From(full) : null;
    }
}
