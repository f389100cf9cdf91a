using System.Globalization;
using System.Text.RegularExpressions;
using KpiTracker.Domain.Common;
using KpiTracker.Reports.Narrative;

namespace KpiTracker.Reports.Tests.Narrative;

/// <summary>
/// Every number a sentence prints, read back from its text (Latin or Arabic-Indic digits), is a number the sentence references,
/// and every referenced score, change and plan value is the run's published one.
/// </summary>
public partial class NarrativeNumbersTests
{
    public static TheoryData<string, Digits> Readers => new()
    {
        { "ar", Digits.Latin }, { "ar", Digits.ArabicIndic }, { "en", Digits.Latin }, { "en", Digits.ArabicIndic },
    };

    [Theory]
    [MemberData(nameof(Readers))]
    public void Every_number_in_a_sentence_is_one_it_references(string language, Digits digits)
    {
        var facts = NarrativeSamples.Full;
        IReadOnlyList<NarrativeSentence> sentences;
        NumberText.Current = digits;
        try
        {
            sentences = NarrativeWriter.Write(facts, CultureInfo.GetCultureInfo(language));
        }
        finally
        {
            NumberText.Current = Digits.Latin;
        }

        Assert.Equal(13, sentences.Count);
        var read = 0;
        foreach (var sentence in sentences)
        {
            var referenced = sentence.References.Where(r => r.Value is not null).Select(r => Math.Abs(r.Value!.Value)).ToHashSet();
            foreach (var number in NumbersIn(sentence.Text, digits))
            {
                Assert.True(referenced.Contains(Math.Abs(number)), $"{number} in \"{sentence.Text}\" is not among its references ({string.Join(", ", referenced)}).");
                read++;
            }

            foreach (var reference in sentence.References)
            {
                AssertPublished(facts, reference);
            }
        }

        Assert.True(read >= 25, $"Only {read} numbers read back.");
    }

    [Fact]
    public void Arabic_indic_digits_are_read_back_as_the_same_numbers()
    {
        NumberText.Current = Digits.ArabicIndic;
        try
        {
            var text = NarrativeWriterTests.Single(NarrativeSamples.Full, NarrativeTopic.Overall, CultureInfo.GetCultureInfo("ar"));
            Assert.Equal("بلغ المؤشر العام ٧٥٫٦ في فئة متقدم، بارتفاع ١٫٣ نقطة عن دورة ٢٠٢٤.", text);
            Assert.Equal([75.6m, 1.3m, 2024m], NumbersIn(text, Digits.ArabicIndic));
        }
        finally
        {
            NumberText.Current = Digits.Latin;
        }
    }

    /// <summary>A referenced number is the one the facts hold for its code (the run's published number).</summary>
    private static void AssertPublished(NarrativeFacts facts, NarrativeReference reference)
    {
        if (reference.Value is not { } value)
        {
            return;
        }

        decimal? expected = reference.Kind switch
        {
            NarrativeTarget.Criterion when facts.Criteria.SingleOrDefault(c => c.Code == reference.Code) is { } c => c.Score,
            NarrativeTarget.Indicator when facts.Plan?.Steps.SingleOrDefault(p => p.Code == reference.Code) is { } p => p.ValueToEnter,
            NarrativeTarget.Indicator => facts.Indicators.Single(i => i.Code == reference.Code).Delta,
            NarrativeTarget.Overall => reference.Code == "overall" ? facts.Overall.Score : facts.Overall.Delta,
            NarrativeTarget.Band => facts.Plan!.NextBandMinScore,
            NarrativeTarget.Cycle => facts.Year - 1,
            NarrativeTarget.Plan when reference.Code == "overall" => facts.Plan!.ReachedOverall,
            NarrativeTarget.Coverage when reference.Code == "coverage" => Math.Round(facts.Overall.Coverage!.Value * 100, 1, MidpointRounding.AwayFromZero),
            NarrativeTarget.Coverage => reference.Code == "values" ? facts.Overall.ValueCount : facts.Overall.ApplicableCount,
            NarrativeTarget.Quality => reference.Code == "dqi" ? facts.Quality!.Dqi : facts.Quality!.Timeliness,
            NarrativeTarget.Action => reference.Code == "due" ? facts.Actions!.Due : facts.Actions!.MeanRealisation * 100,
            _ => value, // the counts of codes a sentence lists, checked by the fixed texts
        };
        Assert.True(expected == value, $"{reference} states {value}, the run has {expected}.");
    }

    /// <summary>The numbers of a text, codes (LSP-01, CUS) left out: signs, "٫" or "." for decimals, "٬" or "," between thousands.</summary>
    private static List<decimal> NumbersIn(string text, Digits digits)
    {
        var withoutCodes = Code().Replace(text, " ");
        var latin = new string([.. withoutCodes.Select(c => c is >= '\u0660' and <= '\u0669' ? (char)('0' + (c - '\u0660')) : c)]);
        Assert.True(digits == Digits.Latin || !Regex.IsMatch(withoutCodes, "[0-9]"), $"Latin digits in \"{text}\" for a reader of Arabic-Indic ones.");
        return [.. Number().Matches(latin).Select(m => decimal.Parse(
            m.Value.Replace('\u2212', '-').Replace('\u066B', '.').Replace("\u066C", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint,
            CultureInfo.InvariantCulture))];
    }

    [GeneratedRegex(@"[A-Z][A-Z0-9]*(-[0-9]+)?")]
    private static partial Regex Code();

    [GeneratedRegex(@"[+\u2212-]?[0-9](?:[0-9]|[,\u066C](?=[0-9]))*(?:[.\u066B][0-9]+)?")]
    private static partial Regex Number();
}
