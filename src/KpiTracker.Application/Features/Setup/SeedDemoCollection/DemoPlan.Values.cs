using System.Globalization;

namespace KpiTracker.Application.Features.Setup.SeedDemoCollection;

// The values the demo items carry: plausible for each governorate's strength, typed as an owner would, checked by the value rules.
internal sealed partial class DemoPlan
{
    /// <summary>How far each governorate is along, from 0 (at L) to 1 (at T), before noise and yearly progress.</summary>
    private static readonly Dictionary<string, double> Strength = new()
    {
        ["OM-MA"] = 0.82, ["OM-ZU"] = 0.66, ["OM-MU"] = 0.48, ["OM-BU"] = 0.55, ["OM-DA"] = 0.7, ["OM-BS"] = 0.74,
        ["OM-BJ"] = 0.62, ["OM-SS"] = 0.58, ["OM-SJ"] = 0.52, ["OM-ZA"] = 0.6, ["OM-WU"] = 0.44,
    };

    private static readonly string[] Comments =
    [
        "المصدر: التقرير السنوي لدائرة التخطيط والاستثمار.",
        "احتُسبت القيمة من سجلات نظام الأداء الفردي حتى 31 ديسمبر.",
        "البيانات من النظام المالي بعد الإقفال السنوي.",
        "Figures from the governorate's annual report, reconciled with the finance system.",
    ];

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private void Save(Cycle cycle, Submission item, Indicator indicator, int year, DateTimeOffset at)
    {
        var outlier = Outliers.FirstOrDefault(o => o.Year == year && o.Unit == item.OrgUnitCode && o.Indicator == indicator.Code);
        var value = outlier.Indicator is null ? Plausible(indicator, item.OrgUnitCode, year) : outlier.Value;
        var input = Input(indicator, value) with { Comment = _random.NextDouble() < 0.35 ? Comments[_random.Next(Comments.Length)] : null };
        Check(item.SaveDraft(cycle, indicator, WithAnalysis(item, indicator, CheckedValues(indicator, input, Previous(item))), at, Owner));
    }

    /// <summary>The owner's answer to a return: the value nudged, with a note.</summary>
    private void Correct(Cycle cycle, Submission item, Indicator indicator, DateTimeOffset at)
    {
        var values = item.Current.Values;
        var value = values.Value!.Value;
        var corrected = indicator.Unit == IndicatorUnit.Count ? value : Math.Round(value * 0.97m, 1);
        var entry = CheckedValues(indicator, Input(indicator, corrected) with { Comment = "صُحّحت القيمة وأُرفق الدليل وفق ملاحظة المراجع." }, Previous(item));
        Check(item.SaveDraft(cycle, indicator, WithAnalysis(item, indicator, entry), at, Owner));
        Check(item.Submit(cycle, indicator, Previous(item), Yardstick(indicator), at.AddHours(3), Owner));
    }

    private decimal? Previous(Submission item) => _previous.TryGetValue((item.OrgUnitCode, item.IndicatorCode), out var value) ? value : null;

    /// <summary>The value as an owner would type it, with survey details for survey indicators (some as a 1–5 Likert mean).</summary>
    private ValueInput Input(Indicator indicator, decimal value)
    {
        if (indicator.Source != SourceType.Survey)
        {
            return new ValueInput { Value = Text(value) };
        }

        var population = _random.Next(250, 3000);
        var sample = Math.Min(population, _random.Next(80, 420));
        var survey = new ValueInput
        {
            SampleSize = Text(sample),
            Population = Text(population),
            ResponseRate = Text(Math.Round((decimal)(35 + (_random.NextDouble() * 50)), 1)),
            Instrument = indicator.Unit == IndicatorUnit.Score ? "استبيان مقياس ليكرت الخماسي" : "استبيان رضا المستفيدين",
        };
        return indicator.Unit == IndicatorUnit.Score && _random.NextDouble() < 0.5
            ? survey with { LikertMean = Text(Math.Round(1m + (value / 25m), 2)) }
            : survey with { Value = Text(value) };
    }

    /// <summary>Runs the value rules as any entry does; soft-rule hits get a justification, as an owner would write one.</summary>
    private static EntryValues CheckedValues(Indicator indicator, ValueInput input, decimal? previous)
    {
        var check = ValueRules.Check(indicator, input, previous);
        if (!check.IsValid)
        {
            Check(check.Errors);
        }

        return check.Warnings.Count == 0
            ? check.Values
            : check.Values with { Justification = "تغيّرت القيمة بسبب تحديث منهجية القياس وتوسّع نطاق البيانات هذا العام." };
    }

    /// <summary>Between L and T according to the governorate's strength, a little better each year, with noise; within the allowed range.</summary>
    private decimal Plausible(Indicator indicator, string unit, int year)
    {
        var level = Math.Clamp(Strength.GetValueOrDefault(unit, 0.6) + ((year - 2023) * 0.04) + ((_random.NextDouble() - 0.5) * 0.24), 0.05, 1.12);
        decimal value;
        if (indicator.Range is { } range)
        {
            var miss = (decimal)((1 - Math.Min(level, 1)) * 25);
            value = _random.NextDouble() < 0.7 ? range.TargetHigh - miss : range.TargetHigh + (miss / 3);
        }
        else
        {
            value = indicator.Lower!.Value + ((indicator.Target!.Value - indicator.Lower.Value) * (decimal)level);
        }

        value = indicator.Unit == IndicatorUnit.Count ? Math.Round(value, 0, MidpointRounding.AwayFromZero) : Math.Round(value, 1, MidpointRounding.AwayFromZero);
        if (indicator.AllowedMin is { } min)
        {
            value = Math.Max(value, min);
        }

        if (indicator.AllowedMax is { } max)
        {
            value = Math.Min(value, max);
        }

        return value;
    }
}
