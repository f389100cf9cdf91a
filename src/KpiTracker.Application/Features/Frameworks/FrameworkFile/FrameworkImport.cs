namespace KpiTracker.Application.Features.Frameworks.FrameworkFile;

/// <summary>
/// A framework file turned into a new edition, published unless asked for a draft, and staged on the context for the
/// caller's save: the import command and the seeding of the shipped default edition do the same thing.
/// </summary>
internal static class FrameworkImport
{
    public static async Task<Result<FrameworkEdition>> StageAsync(AppDbContext db, string? content, bool asDraft, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (spec, problems) = FrameworkFileReader.Read(content);
        if (spec is null)
        {
            return AppError.Validation(problems);
        }

        if (await db.FrameworkEditions.AnyAsync(e => e.Code == spec.Code, cancellationToken))
        {
            return new AppError(ErrorKind.Conflict, "edition.code.exists", Messages.Get("edition.code.exists", spec.Code),
                [new FieldError("$.code", "edition.code.exists", Messages.Get("edition.code.exists", spec.Code))]);
        }

        var edition = FrameworkEdition.Create(spec, now);
        if (!asDraft)
        {
            edition.Publish(now);
        }

        db.FrameworkEditions.Add(edition);
        return edition;
    }
}
