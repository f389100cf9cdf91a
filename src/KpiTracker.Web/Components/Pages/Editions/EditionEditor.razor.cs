using System.Globalization;
using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Frameworks;
using KpiTracker.Application.Features.Frameworks.GetEdition;
using KpiTracker.Application.Features.Frameworks.PublishEdition;
using KpiTracker.Application.Features.Frameworks.UpdateCriterion;
using KpiTracker.Application.Features.Frameworks.UpdateIndicator;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Frameworks;
using Microsoft.AspNetCore.Components;

namespace KpiTracker.Web.Components.Pages.Editions;

/// <summary>
/// A draft edition's editor: one form per criterion and per indicator, each sending the command the API sends, and the
/// publish form with its confirmation. A published edition only says that it cannot change and links to its clone form.
/// </summary>
public partial class EditionEditor
{
    private EditionDto? _edition;
    private string? _saved;

    private IReadOnlyList<FieldError> _publishErrors => ErrorsOf("publish");

    [Parameter]
    public string Code { get; set; } = "";

    [SupplyParameterFromQuery(Name = "cloned")]
    public string? Cloned { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (await AllowedAsync(Permission.FrameworkEdit))
        {
            await LoadAsync();
            if (Cloned == "1" && _edition?.Status == EditionStatus.Draft)
            {
                Notice = E["Edit.Cloned", Code];
            }
        }
    }

    private async Task LoadAsync()
    {
        var result = await Sender.Send(new GetEditionQuery(Code));
        if (result.IsSuccess)
        {
            _edition = result.Value;
        }
        else
        {
            Refuse(result.Error!);
        }
    }

    private async Task SaveCriterionAsync(CriterionDto criterion)
    {
        if (PageError is not null)
        {
            return;
        }

        var form = $"crit-{criterion.Code}";
        var numbers = new PostedNumbers(Posted, E);
        var weight = numbers.Decimal("weight");
        if (numbers.Errors.Count > 0)
        {
            Apply<EditionDto>(AppError.Validation(numbers.Errors), form, "");
            return;
        }

        await SaveAsync(new UpdateCriterionCommand(Code, criterion.Code, Posted("nameAr"), Posted("nameEn"), weight ?? 0), form, E["Criterion.Saved", criterion.Code]);
    }

    private async Task SaveIndicatorAsync(IndicatorDto indicator)
    {
        if (PageError is not null)
        {
            return;
        }

        var form = $"ind-{indicator.Code}";
        var numbers = new PostedNumbers(Posted, E);
        var isRange = indicator.Direction == IndicatorDirection.Range;
        var lower = isRange ? null : numbers.Decimal("lower");
        var target = isRange ? null : numbers.Decimal("target");
        var range = isRange ? RangeOf(numbers) : null;
        var weight = numbers.Decimal("weight");
        var allowedMin = numbers.Decimal("allowedMin");
        var allowedMax = numbers.Decimal("allowedMax");
        var expectedMin = numbers.Decimal("expectedMin");
        var expectedMax = numbers.Decimal("expectedMax");
        var sample = indicator.Source == SourceType.Survey ? numbers.Whole("minSurveySample") : indicator.MinSurveySample;
        if (numbers.Errors.Count > 0)
        {
            Apply<EditionDto>(AppError.Validation(numbers.Errors), form, "");
            return;
        }

        await SaveAsync(
            new UpdateIndicatorCommand(Code, indicator.Code, Posted("nameAr"), Posted("nameEn"), Posted("definitionAr"), Posted("definitionEn"), lower, target, range,
                weight ?? 0, allowedMin, allowedMax, expectedMin, expectedMax, sample),
            form,
            E["Indicator.Saved", indicator.Code]);
    }

    private async Task PublishAsync()
    {
        if (PageError is not null)
        {
            return;
        }

        if (Posted("confirm") != "yes")
        {
            Apply<EditionDto>(AppError.Validation([new FieldError("confirm", "publish.confirm_required", E["Publish.ConfirmRequired"])]), "publish", "");
            return;
        }

        await SaveAsync(new PublishEditionCommand(Code), "publish", E["Publish.Done", Code]);
    }

    private async Task SaveAsync(Mediator.ICommand<Result<EditionDto>> command, string form, string notice)
    {
        var result = await Sender.Send(command);
        if (Apply(result, form, notice))
        {
            _edition = result.Value;
            _saved = form;
        }
    }

    /// <summary>The four range bounds when all are given; otherwise none, which the domain refuses as a missing range.</summary>
    private static RangeDto? RangeOf(PostedNumbers numbers)
    {
        var bounds = new[] { numbers.Decimal("lowerZero"), numbers.Decimal("targetLow"), numbers.Decimal("targetHigh"), numbers.Decimal("upperZero") };
        return bounds.All(b => b.HasValue) ? new RangeDto(bounds[0]!.Value, bounds[1]!.Value, bounds[2]!.Value, bounds[3]!.Value) : null;
    }

    /// <summary>What a criterion form shows: the posted text after a refusal, so nothing typed is lost; otherwise the saved value.</summary>
    private string Shown(string form, string field, string current) => ErrorForm == form ? Posted(field) : current;

    internal static string Plain(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
