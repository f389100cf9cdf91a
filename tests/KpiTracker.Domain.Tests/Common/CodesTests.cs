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
}
