namespace KpiTracker.Application.Features.Frameworks.CloneEdition;

/// <summary>Copies an edition (usually the published one) into a new draft under a new code.</summary>
public sealed record CloneEditionCommand(string SourceCode, string NewCode, string? NameAr, string? NameEn) : ICommand<Result<EditionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkEdit);
}

internal sealed class CloneEditionValidator : AbstractValidator<CloneEditionCommand>
{
    public CloneEditionValidator() =>
        RuleFor(c => c.NewCode).Matches("^[A-Z0-9][A-Z0-9-]{1,39}$").WithErrorCode("edition.code.invalid").WithMessage(_ => Messages.Get("edition.code.invalid"));
}

internal sealed class CloneEditionHandler(AppDbContext db, TimeProvider clock) : ICommandHandler<CloneEditionCommand, Result<EditionDto>>
{
    public async ValueTask<Result<EditionDto>> Handle(CloneEditionCommand command, CancellationToken cancellationToken)
    {
        var source = await DraftEdition.LoadAsync(db, command.SourceCode, cancellationToken);
        if (source is null)
        {
            return AppError.NotFound("edition.not_found");
        }

        if (await db.FrameworkEditions.AnyAsync(e => e.Code == command.NewCode, cancellationToken))
        {
            return AppError.Validation([new FieldError("newCode", "edition.code.exists", Messages.Get("edition.code.exists", command.NewCode))]);
        }

        var draft = source.CloneAsDraft(command.NewCode, command.NameAr ?? source.NameAr, command.NameEn ?? source.NameEn, clock.GetUtcNow());
        db.FrameworkEditions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return FrameworkMapper.ToDto(draft);
    }
}
