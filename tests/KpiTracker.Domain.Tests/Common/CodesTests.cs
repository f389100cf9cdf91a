using KpiTracker.Domain.Common;
using KpiTracker.Domain.Frameworks;

namespace KpiTracker.Domain.Tests.Common;

public sealed class CodesTests
{
    [Theory]
    [InlineData(IndicatorUnit.WorkingDays, "working_days")]
    [InlineData(IndicatorUnit.Percent, "percent")]
    [InlineData(SourceType.Ipr, "ipr")]
    public void Enums_have_snake_case_codes(object value, string code)
    {
        var text = value switch
        {
            IndicatorUnit u => u.ToCode(),
            SourceType s => s.ToCode(),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
        Assert.Equal(code, text);
    }

    [Fact]
    public void Every_code_parses_back_to_its_value()
    {
        foreach (var unit in Enum.GetValues<IndicatorUnit>())
        {
            Assert.Equal(unit, Codes.Parse<IndicatorUnit>(unit.ToCode()));
        }

        Assert.False(Codes.TryParse<IndicatorDirection>("Up", out _));
        Assert.Throws<FormatException>(() => Codes.Parse<SourceType>("rumour"));
    }

    [Fact]
    public void A_number_outside_the_enum_spells_as_its_digits_and_no_code_parses_to_it()
    {
        Assert.Equal("99", ((IndicatorUnit)99).ToCode());
        Assert.False(Codes.TryParse<IndicatorUnit>("99", out _));
        Assert.False(Codes.TryParse<IndicatorUnit>(null, out _));
    }
}
