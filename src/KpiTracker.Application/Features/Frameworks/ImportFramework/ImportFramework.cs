namespace KpiTracker.Application.Features.Frameworks.ImportFramework;

/// <summary>Imports a framework definition file as a new edition, published unless <paramref name="AsDraft"/>.</summary>
public sealed record ImportFrameworkCommand(string? Content, bool AsDraft = false) : ICommand<Result<ImportedEdition>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkEdit);
}

public sealed record ImportedEdition(string Code, string Status, int Criteria, int Indicators);

internal sealed class ImportFrameworkHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<ImportFrameworkCommand, Result<ImportedEdition>>
{
    public async ValueTask<Result<ImportedEdition>> Handle(ImportFrameworkCommand command, CancellationToken cancellationToken)
    {
        var (spec, problems) = FrameworkFileReader.Read(command.Content);
        if (spec is null)
        {
            return AppError.Validation(problems);
        }

        if (await db.FrameworkEditions.AnyAsync(e => e.Code == spec.Code, cancellationToken))
        {
            return new AppError(ErrorKind.Conflict, "edition.code.exists", Messages.Get("edition.code.exists", spec.Code),
                [new FieldError("$.code", "edition.code.exists", Messages.Get("edition.code.exists", spec.Code))]);
        }

        var now = clock.GetUtcNow();
        var edition = FrameworkEdition.Create(spec, now);
        if (!command.AsDraft)
        {
            edition.Publish(now);
        }

        db.FrameworkEditions.Add(edition);
        await db.SaveChangesAsync(cancellationToken);
        return new ImportedEdition(edition.Code, edition.Status.ToString().ToLowerInvariant(), edition.Criteria.Count, edition.Indicators.Count());
    }
}
