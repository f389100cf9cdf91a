using KpiTracker.Domain.Collection;

namespace KpiTracker.Domain.Tests.Collection;

public sealed class TextRulesTests
{
    [Theory]
    [InlineData("القيمة مأخوذة من تقرير الربع الرابع")]
    [InlineData("Figures from the Q4 report 📊✅")]
    [InlineData("ZWNJ in Persian: می‌خواهم")]
    [InlineData("family emoji 👨‍👩‍👧")]
    [InlineData("line one\nline two\ttabbed")]
    [InlineData("mark ‏ rtl")]
    public void Ordinary_text_in_any_script_with_emoji_is_allowed(string text) => Assert.Empty(TextRules.Check(text, "comment"));

    [Theory]
    [InlineData("abc\u202Edcba", "text.bidi_control", "U+202E")]
    [InlineData("\u202Aembedded", "text.bidi_control", "U+202A")]
    [InlineData("isolate\u2066x\u2069", "text.bidi_control", "U+2066")]
    [InlineData("zero\u200Bwidth", "text.zero_width", "U+200B")]
    [InlineData("\uFEFFbom", "text.zero_width", "U+FEFF")]
    [InlineData("bell\u0007", "text.control_char", "U+0007")]
    public void Hidden_direction_and_zero_width_characters_are_refused_and_named(string text, string code, string codePoint)
    {
        var violation = Assert.Single(TextRules.Check(text, "comment"));

        Assert.Equal(("comment", code, codePoint), (violation.Field, violation.Code, (string)violation.Args[0]));
    }

    [Fact]
    public void Length_is_limited()
    {
        Assert.Empty(TextRules.Check(new string('x', 4000), "comment"));
        Assert.Equal("text.too_long", Assert.Single(TextRules.Check(new string('x', 4001), "comment")).Code);
    }
}
