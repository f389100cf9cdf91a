namespace KpiTracker.Application.Features.Frameworks.UpdateCriterion;

/// <summary>Renames or reweighs a criterion of a draft.</summary>
public sealed record UpdateCriterionCommand(string EditionCode, string CriterionCode, string NameAr, string NameEn, decimal Weight) : ICommand<Result<EditionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkEdit);
}

internal sealed class UpdateCriterionValidator : AbstractValidator<UpdateCriterionCommand>
{
    public UpdateCriterionValidator()
    {
        RuleFor(c => c.NameAr).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
        RuleFor(c => c.NameEn).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
        RuleFor(c => c.Weight).GreaterThan(0).WithErrorCode("criterion.weight.not_positive").WithMessage(_ => Messages.Get("criterion.weight.not_positive"));
    }
}

internal sealed class UpdateCriterionHandler(AppDbContext db) : ICommandHandler<UpdateCriterionCommand, Result<EditionDto>>
{
    public async ValueTask<Result<EditionDto>> Handle(UpdateCriterionCommand command, CancellationToken cancellationToken)
    {
        var edition = await DraftEdition.LoadAsync(db, command.EditionCode, cancellationToken);
        if (edition?.FindCriterion(command.CriterionCode) is null)
        {
            return AppError.NotFound(edition is null ? "edition.not_found" : "criterion.not_found");
        }

        if (edition.Status != EditionStatus.Draft)
        {
            return AppError.Conflict("edition.published", edition.Code);
        }

        edition.UpdateCriterion(command.CriterionCode, command.NameAr.Trim(), command.NameEn.Trim(), command.Weight);
        await db.SaveChangesAsync(cancellationToken);
        return FrameworkMapper.ToDto(edition);
    }
}
