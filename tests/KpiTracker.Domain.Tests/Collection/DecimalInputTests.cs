using KpiTracker.Domain.Collection;

namespace KpiTracker.Domain.Tests.Collection;

public sealed class DecimalInputTests
{
    [Theory]
    [InlineData("42", "42")]
    [InlineData(" 42 ", "42")]
    [InlineData("-3.5", "-3.5")]
    [InlineData("+7", "7")]
    [InlineData("0.000001", "0.000001")]
    [InlineData("12.5000000", "12.5")]
    [InlineData("1e2", "100")]
    [InlineData("1.5E+1", "15")]
    [InlineData("25e-1", "2.5")]
    [InlineData("0e999999", "0")]
    [InlineData(".5", "0.5")]
    [InlineData("٤٢٫٥", "42.5")]
    [InlineData("۱۲", "12")]
    [InlineData("99999999999999.999999", "99999999999999.999999")]
    public void Reads_plain_and_exponent_notation_exactly(string text, string expected)
    {
        Assert.Null(DecimalInput.TryParse(text, "value", out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("", "number.empty")]
    [InlineData("   ", "number.empty")]
    [InlineData("NaN", "number.not_finite")]
    [InlineData("Infinity", "number.not_finite")]
    [InlineData("-infinity", "number.not_finite")]
    [InlineData("1e309", "number.out_of_range")]
    [InlineData("1e99999", "number.out_of_range")]
    [InlineData("100000000000000", "number.out_of_range")]
    [InlineData("1.1234567", "number.too_many_decimals")]
    [InlineData("1e-7", "number.too_many_decimals")]
    [InlineData("5e-99999", "number.too_many_decimals")]
    [InlineData("1,000", "number.invalid")]
    [InlineData("12abc", "number.invalid")]
    [InlineData("1.", "number.invalid")]
    [InlineData("e5", "number.invalid")]
    [InlineData("1e", "number.invalid")]
    [InlineData("0x10", "number.invalid")]
    [InlineData("--1", "number.invalid")]
    public void Refuses_what_is_not_a_storable_number(string text, string code)
    {
        var violation = DecimalInput.TryParse(text, "value", out var value);

        Assert.Equal(("value", code), (violation?.Field, violation?.Code));
        Assert.Null(value);
    }

    [Fact]
    public void Null_is_no_value_and_no_error()
    {
        Assert.Null(DecimalInput.TryParse(null, "value", out var value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("30", 30)]
    [InlineData("3e1", 30)]
    [InlineData("30.0", 30)]
    public void Whole_numbers_may_be_written_any_exact_way(string text, int expected)
    {
        Assert.Null(DecimalInput.TryParseWhole(text, "sampleSize", out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("30.5", "number.not_whole")]
    [InlineData("3000000000", "number.out_of_range")]
    public void Whole_numbers_refuse_fractions_and_overflow(string text, string code) =>
        Assert.Equal(code, DecimalInput.TryParseWhole(text, "sampleSize", out _)?.Code);
}
