namespace KpiTracker.Domain.Collection;

/// <summary>
/// A file attached to one revision of an item as evidence for its value. The bytes live in the file store under
/// <see cref="StoredName"/> (generated, never the user's); the row keeps what identifies them: size and SHA-256,
/// and the recognised content type. Adding or removing one keeps <see cref="Revision.EvidenceCount"/> in step.
/// </summary>
public sealed class Evidence : IAudited
{
    /// <summary>At most this many files per item revision.</summary>
    public const int MaxPerRevision = 10;

    private Evidence()
    {
    }

    public Guid Id { get; private set; }
    public Guid RevisionId { get; private set; }
    public string StoredName { get; private set; } = "";
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public Guid? UploadedById { get; private set; }
    public string UploadedBy { get; private set; } = "";
    public DateTimeOffset UploadedAt { get; private set; }

    /// <summary>Set by EF when loaded with its revision; used only for the audit key.</summary>
    public Revision? Revision { get; private set; }

    public string AuditKey => $"{Revision?.AuditKey ?? RevisionId.ToString()}/{FileName}";

    /// <summary>Why no more evidence may be attached to this revision, if it may not.</summary>
    public static RuleViolation? CheckAdd(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return revision.EvidenceCount >= MaxPerRevision ? new RuleViolation("file", "evidence.too_many", MaxPerRevision) : null;
    }

    public static Evidence Attach(
        Revision revision, string storedName, string fileName, string contentType, long size, string sha256, Guid? uploadedById, string uploadedBy, DateTimeOffset now)
    {
        if (CheckAdd(revision) is { } broken)
        {
            throw new DomainException($"Evidence for {revision.AuditKey}: {broken.Code}");
        }

        revision.EvidenceAdded();
        return new Evidence
        {
            Id = Guid.NewGuid(),
            RevisionId = revision.Id,
            Revision = revision,
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

    /// <summary>Detaches the file from its revision (which must be loaded); the caller deletes the row and then the bytes.</summary>
    public void Detach()
    {
        var revision = Revision ?? throw new DomainException($"Evidence {Id}: its revision is not loaded.");
        revision.EvidenceRemoved();
    }
}
