namespace KpiTracker.Application.Features.Frameworks.EditDraft;

/// <summary>Copies an edition (usually the published one) into a new draft under a new code.</summary>
public sealed record CloneEditionCommand(string SourceCode, string NewCode, string? NameAr, string? NameEn) : ICommand<Result<EditionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkEdit);
}

/// <summary>Renames or reweighs a criterion of a draft.</summary>
public sealed record UpdateCriterionCommand(string EditionCode, string CriterionCode, string NameAr, string NameEn, decimal Weight) : ICommand<Result<EditionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkEdit);
}

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

/// <summary>Publishes a draft; from then on it never changes.</summary>
public sealed record PublishEditionCommand(string EditionCode) : ICommand<Result<EditionDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.FrameworkEdit);
}

internal sealed class CloneEditionValidator : AbstractValidator<CloneEditionCommand>
{
    public CloneEditionValidator() =>
        RuleFor(c => c.NewCode).Matches("^[A-Z0-9][A-Z0-9-]{1,39}$").WithErrorCode("edition.code.invalid").WithMessage(_ => Messages.Get("edition.code.invalid"));
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

internal sealed class UpdateIndicatorValidator : AbstractValidator<UpdateIndicatorCommand>
{
    public UpdateIndicatorValidator()
    {
        RuleFor(c => c.NameAr).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
        RuleFor(c => c.NameEn).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Get("required"));
    }
}

internal sealed class EditDraftHandler(AppDbContext db, TimeProvider clock) :
    ICommandHandler<CloneEditionCommand, Result<EditionDto>>,
    ICommandHandler<UpdateCriterionCommand, Result<EditionDto>>,
    ICommandHandler<UpdateIndicatorCommand, Result<EditionDto>>,
    ICommandHandler<PublishEditionCommand, Result<EditionDto>>
{
    public async ValueTask<Result<EditionDto>> Handle(CloneEditionCommand command, CancellationToken cancellationToken)
    {
        var source = await LoadAsync(command.SourceCode, cancellationToken);
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

    public async ValueTask<Result<EditionDto>> Handle(UpdateCriterionCommand command, CancellationToken cancellationToken)
    {
        var edition = await LoadAsync(command.EditionCode, cancellationToken);
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

    public async ValueTask<Result<EditionDto>> Handle(UpdateIndicatorCommand command, CancellationToken cancellationToken)
    {
        var edition = await LoadAsync(command.EditionCode, cancellationToken);
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
            problems.Add(new Domain.Common.RuleViolation(spec.Lower is null ? "lower" : "target", "required"));
        }

        if (problems.Count > 0)
        {
            return AppError.Validation([.. problems.Select(p => new FieldError(p.Field, p.Code, Messages.Get(p.Code, p.Args)))]);
        }

        edition.UpdateIndicator(spec);
        await db.SaveChangesAsync(cancellationToken);
        return FrameworkMapper.ToDto(edition);
    }

    public async ValueTask<Result<EditionDto>> Handle(PublishEditionCommand command, CancellationToken cancellationToken)
    {
        var edition = await LoadAsync(command.EditionCode, cancellationToken);
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

    private Task<FrameworkEdition?> LoadAsync(string code, CancellationToken cancellationToken) =>
        db.FrameworkEditions.Include(e => e.Bands).Include(e => e.Criteria).ThenInclude(c => c.Indicators).AsSplitQuery()
            .FirstOrDefaultAsync(e => e.Code == code, cancellationToken);
}
