using KpiTracker.Domain.Collection;
using KpiTracker.Domain.Common;
using KpiTracker.Domain.Frameworks;

namespace KpiTracker.Domain.Tests.Common;

/// <summary>docs/NUMBERS.md: each kind of number in Latin digits (the default) and in a user's Arabic-Indic digits.</summary>
public sealed class NumberTextTests
{
    public static TheoryData<string, string, string> Kinds => new()
    {
        { "score", "71.9", "٧١٫٩" },
        { "score-rounded", "1,234.6", "١٬٢٣٤٫٦" },
        { "change-up", "+1.3", "+١٫٣" },
        { "change-down", "\u22120.4", "\u2212٠٫٤" },
        { "change-none", "0.0", "٠٫٠" },
        { "percent", "28.6%", "٢٨٫٦٪" },
        { "share", "28.6%", "٢٨٫٦٪" },
        { "count", "1,234", "١٬٢٣٤" },
        { "year", "2026", "٢٠٢٦" },
        { "exact", "24.5", "٢٤٫٥" },
        { "value-count", "4", "٤" },
        { "value-percent", "87.4%", "٨٧٫٤٪" },
        { "value-days", "8.0", "٨٫٠" },
        { "input", "1234.5", "١٢٣٤٫٥" },
        { "missing", "—", "—" },
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_has_one_form_per_digits(string kind, string latin, string arabicIndic)
    {
        Assert.Equal(latin, Format(kind, Digits.Latin));
        Assert.Equal(arabicIndic, Format(kind, Digits.ArabicIndic));
    }

    [Fact]
    public void Digits_are_latin_unless_a_user_chose_otherwise_and_dates_keep_their_separators()
    {
        Assert.Equal(Digits.Latin, NumberText.Current);
        NumberText.Current = Digits.ArabicIndic;
        Assert.Equal("٧ Dec ٢٠٢٦, ١٤:٠٥", NumberText.DigitsOf("7 Dec 2026, 14:05"));
        NumberText.Current = Digits.Latin;
        Assert.Equal("7 Dec 2026, 14:05", NumberText.DigitsOf("7 Dec 2026, 14:05"));
    }

    [Theory]
    [InlineData("١٢٣٤٫٥", 1234.5)]
    [InlineData("١٢٣٤.٥", 1234.5)]
    [InlineData("1234.5", 1234.5)]
    [InlineData("\u2212٣", -3)]
    public void What_a_field_shows_in_either_digits_reads_back(string typed, double expected)
    {
        Assert.Null(DecimalInput.TryParse(typed, "value", out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("١٢٬٥")]
    [InlineData("12,5")]
    [InlineData("١٢abc")]
    [InlineData("٫")]
    public void Garbage_in_either_digits_is_refused(string typed) =>
        Assert.Equal("number.invalid", DecimalInput.TryParse(typed, "value", out _)?.Code);

    private static string Format(string kind, Digits digits)
    {
        NumberText.Current = digits;
        try
        {
            return kind switch
            {
                "score" => NumberText.Score(71.94m),
                "score-rounded" => NumberText.Score(1234.55m),
                "change-up" => NumberText.Change(1.25m),
                "change-down" => NumberText.Change(-0.44m),
                "change-none" => NumberText.Change(0.04m),
                "percent" => NumberText.Percent(28.57m),
                "share" => NumberText.Share(10m / 35m),
                "count" => NumberText.Count(1234),
                "year" => NumberText.Plain(2026),
                "exact" => NumberText.Exact(24.500000m),
                "value-count" => NumberText.Value(4.0m, IndicatorUnit.Count),
                "value-percent" => NumberText.Value(87.44m, IndicatorUnit.Percent),
                "value-days" => NumberText.Value(8m, IndicatorUnit.WorkingDays),
                "input" => NumberText.Input(1234.500m)!,
                "missing" => NumberText.Score(null),
                _ => throw new ArgumentOutOfRangeException(nameof(kind)),
            };
        }
        finally
        {
            NumberText.Current = Digits.Latin;
        }
    }
}
