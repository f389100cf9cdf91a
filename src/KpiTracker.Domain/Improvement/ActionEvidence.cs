namespace KpiTracker.Domain.Improvement;

/// <summary>
/// A file attached to an improvement action as evidence of its completion. Stored as a value's evidence is (generated name,
/// size, SHA-256, the type recognised from the content); files come and go while the action is open, and marking it done
/// needs at least one (<see cref="ImprovementAction.Update"/>). Adding or removing one keeps
/// <see cref="ImprovementAction.EvidenceCount"/> in step.
/// </summary>
public sealed class ActionEvidence : IAudited
{
    private ActionEvidence()
    {
    }

    public Guid Id { get; private set; }
    public Guid ActionId { get; private set; }
    public string StoredName { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public Guid? UploadedById { get; private set; }
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Set by EF when loaded with its action; used for the audit key and the open check on removal.</summary>
    public ImprovementAction? Action { get; private set; }

    public string AuditKey => $"{Action?.AuditKey ?? ActionId.ToString()}/{FileName}";

    /// <summary>Attaches a stored file; the caller checks <see cref="ImprovementAction.CheckAddEvidence"/> first.</summary>
    public static ActionEvidence Attach(
        ImprovementAction action, string storedName, string fileName, string contentType, long size, string sha256, Guid? uploadedById, string uploadedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (action.CheckAddEvidence() is { } broken)
        {
            throw new DomainException($"Evidence for action {action.AuditKey}: {broken.Code}");
        }

        action.EvidenceAdded(now);
        return new ActionEvidence
        {
            Id = Guid.NewGuid(),
            ActionId = action.Id,
            Action = action,
            StoredName = storedName,
            FileName = fileName,
            ContentType = contentType,
            Size = size,
            Sha256 = sha256,
            UploadedById = uploadedById,
            UploadedBy = uploadedBy,
            UploadedAt = now,
        };
    }

    /// <summary>Detaches the file while its action (which must be loaded) is open; the caller then deletes the row and the bytes.</summary>
    public RuleViolation? Detach(DateTimeOffset now)
    {
        var action = Action ?? throw new DomainException($"Action evidence {Id}: its action is not loaded.");
        return action.EvidenceRemoved(now);
    }
}
