using KpiTracker.Application.Features.Frameworks.FrameworkFile;

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
        var staged = await FrameworkImport.StageAsync(db, command.Content, command.AsDraft, clock.GetUtcNow(), cancellationToken);
        if (!staged.IsSuccess)
        {
            return staged.Error!;
        }

        var edition = staged.Value;
        await db.SaveChangesAsync(cancellationToken);
        return new ImportedEdition(edition.Code, edition.Status.ToString().ToLowerInvariant(), edition.Criteria.Count, edition.Indicators.Count());
    }
}
