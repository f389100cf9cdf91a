namespace KpiTracker.Application.Features.Frameworks.UpdateIndicator;

/// <summary>Changes an indicator of a draft: names, definitions, L and T or the range bounds, allowed and expected ranges, weight, sample size.</summary>
public sealed record UpdateIndicatorCommand(
    string EditionCode,
    string IndicatorCode,
    string NameAr,
    string NameEn,
    string? DefinitionAr,
    string? DefinitionEn,
    decimal? Lower,
    decimal? Target,
    RangeDto? Range,
    decimal Weight,
    decimal? AllowedMin,
    decimal? AllowedMax,
    decimal? ExpectedMin,
    decimal? ExpectedMax,
    int? MinSurveySample) : ICommand<Result<EditionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkEdit);
}

internal sealed class UpdateIndicatorValidator : AbstractValidator<UpdateIndicatorCommand>
{
    public UpdateIndicatorValidator()
    {
        RuleFor(c => c.NameAr).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
        RuleFor(c => c.NameEn).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
    }
}

internal sealed class UpdateIndicatorHandler(AppDbContext db) : ICommandHandler<UpdateIndicatorCommand, Result<EditionDto>>
{
    public async ValueTask<Result<EditionDto>> Handle(UpdateIndicatorCommand command, CancellationToken cancellationToken)
    {
        var edition = await DraftEdition.LoadAsync(db, command.EditionCode, cancellationToken);
        var indicator = edition?.FindIndicator(command.IndicatorCode);
        if (edition is null || indicator is null)
        {
            return AppError.NotFound(edition is null ? "edition.not_found" : "indicator.not_found");
        }

        if (edition.Status != EditionStatus.Draft)
        {
            return AppError.Conflict("edition.published", edition.Code);
        }

        var spec = indicator.ToSpec() with
        {
            NameAr = command.NameAr.Trim(),
            NameEn = command.NameEn.Trim(),
            DefinitionAr = command.DefinitionAr?.Trim() ?? "",
            DefinitionEn = command.DefinitionEn?.Trim() ?? "",
            Lower = command.Lower,
            Target = command.Target,
            Range = command.Range is { } r ? new RangeBounds(r.LowerZero, r.TargetLow, r.TargetHigh, r.UpperZero) : null,
            Weight = command.Weight,
            AllowedMin = command.AllowedMin,
            AllowedMax = command.AllowedMax,
            ExpectedMin = command.ExpectedMin,
            ExpectedMax = command.ExpectedMax,
            MinSurveySample = command.MinSurveySample,
        };
        var problems = spec.Check().ToList();
        if (spec.Direction != IndicatorDirection.Range && (spec.Lower is null || spec.Target is null))
        {
            problems.Add(new RuleViolation(spec.Lower is null ? "lower" : "target", "required"));
        }

        if (problems.Count > 0)
        {
            return AppError.Validation([.. problems.Select(p => new FieldError(p.Field, p.Code, Messages.Get(p.Code, p.Args)))]);
        }

        edition.UpdateIndicator(spec);
        await db.SaveChangesAsync(cancellationToken);
        return FrameworkMapper.ToDto(edition);
    }
}
