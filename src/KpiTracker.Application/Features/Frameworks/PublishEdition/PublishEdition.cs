namespace KpiTracker.Application.Features.Frameworks.PublishEdition;

/// <summary>Publishes a draft; from then on it never changes.</summary>
public sealed record PublishEditionCommand(string EditionCode) : ICommand<Result<EditionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkEdit);
}

internal sealed class PublishEditionHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<PublishEditionCommand, Result<EditionDto>>
{
    public async ValueTask<Result<EditionDto>> Handle(PublishEditionCommand command, CancellationToken cancellationToken)
    {
        var edition = await DraftEdition.LoadAsync(db, command.EditionCode, cancellationToken);
        if (edition is null)
        {
            return AppError.NotFound("edition.not_found");
        }

        if (edition.Status != EditionStatus.Draft)
        {
            return AppError.Conflict("edition.published", edition.Code);
        }

        edition.Publish(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return FrameworkMapper.ToDto(edition);
    }
}
