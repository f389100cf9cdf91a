using System.Text.Json.Serialization;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Scoring;

namespace KpiTracker.Application.Features.Actions.GetActionDraft;

/// <summary>
/// What the form to open an action on an indicator starts from: the indicator's light and value now (the baseline), whether its
/// criterion is below Established, the proposed expected value, whether an action may be opened on it (else the refusal's code
/// and text), and the people of the governorate who may be made responsible.
/// </summary>
public sealed record GetActionDraftQuery(int Year, string Governorate, string Indicator) : IQuery<Result<ActionDraftDto>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.ActionManage, Governorate);
}

public sealed record ActionDraftDto(
    int Year,
    string Governorate,
    string Indicator,
    string IndicatorNameAr,
    string IndicatorNameEn,
    [property: JsonConverter(typeof(CodeJsonConverter<TrafficLight>))] TrafficLight Light,
    bool CriterionBelowEstablished,
    decimal? Baseline,
    decimal? Expected,
    bool CanOpen,
    string? RefusalCode,
    string? Refusal,
    IReadOnlyList<ResponsibleDto> Responsibles);

internal sealed class GetActionDraftHandler(AppDbContext db, EditionModels editions) : IQueryHandler<GetActionDraftQuery, Result<ActionDraftDto>>
{
    public async ValueTask<Result<ActionDraftDto>> Handle(GetActionDraftQuery query, CancellationToken cancellationToken)
    {
        var loaded = await ActionCandidate.LoadAsync(db, editions, query.Year, query.Governorate, query.Indicator, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var c = loaded.Value;
        var refusal = c.Refusal;
        return new ActionDraftDto(
            query.Year, query.Governorate, c.Indicator.Code, c.Indicator.NameAr, c.Indicator.NameEn, c.Light, c.CriterionBelowEstablished, c.Baseline,
            c.ExpectedDefault, refusal is null, refusal?.Code, refusal is null ? null : Messages.Get(refusal.Code),
            await ActionPeople.InAsync(db, query.Governorate, cancellationToken));
    }
}
