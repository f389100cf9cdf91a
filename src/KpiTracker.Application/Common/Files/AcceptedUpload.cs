namespace KpiTracker.Application.Common.Files;

/// <summary>An uploaded file that passed the checks and is stored: the name it is stored under, the name to show, its kind.</summary>
internal sealed record AcceptedUpload(StoredFile Stored, string FileName, string ContentType)
{
    /// <summary>
    /// The one way in for an evidence file (a value's or an action's): no larger than <see cref="FileRules.MaxFileBytes"/>, of a
    /// kind <see cref="FileInspector"/> recognises from its content, then stored under a generated name; when the change it belongs
    /// to is refused or fails, the stored file is deleted with the rollback. Problems are on the field <c>file</c>.
    /// </summary>
    public static async Task<Result<AcceptedUpload>> StoreAsync(FileStore store, CommitHooks hooks, Stream content, string? fileName, CancellationToken cancellationToken)
    {
        if (content.Length > FileRules.MaxFileBytes)
        {
            return AppError.Validation([FileRules.Problem("file", "file.too_large")]);
        }

        var (kind, problem) = FileInspector.Inspect(content, cancellationToken);
        if (kind is not { } recognised)
        {
            return AppError.Validation([FileRules.Problem("file", problem!)]);
        }

        var stored = await store.SaveAsync(content, cancellationToken);
        hooks.AfterRollback(() => store.Delete(stored.StoredName));
        return new AcceptedUpload(stored, FileNames.Sanitise(fileName, recognised), recognised.ContentType());
    }
}
