using System.Globalization;
using KpiTracker.Domain.Common;

namespace KpiTracker.Reports.Narrative;

public static partial class NarrativeWriter
{
    /// <summary>The sentences written so far, each with the run it comes from, and the pieces the templates share.</summary>
    private sealed class Sentences(NarrativeFacts facts, CultureInfo culture)
    {
        public NarrativeFacts Facts { get; } = facts;

        public CultureInfo Culture { get; } = culture;

        public List<NarrativeSentence> All { get; } = [];

        /// <summary>The cycle every change is measured from, written as a year.</summary>
        public string PriorYear => NumberText.Plain(Facts.Year - 1);

        public NarrativeReference PriorCycle => new(NarrativeTarget.Cycle, (Facts.Year - 1).ToString(CultureInfo.InvariantCulture), Facts.Year - 1);

        public string Name(Named name) => Culture.TwoLetterISOLanguageName == "ar" ? name.Ar : name.En;

        public string List(IEnumerable<string> items) => NarrativeTemplates.List(Culture, items);

        /// <summary>
        /// One item of a list ("CUS-01 (+12.0)"): a code and one value. With <paramref name="isolate"/>, in Arabic the item is a
        /// left-to-right isolate (U+2066 … U+2069), so the sign and brackets of its number stay with it in a right-to-left line.
        /// </summary>
        public string Item(string key, string code, string slot, string value, bool isolate = false)
        {
            var text = NarrativeTemplates.Format(Culture, key, new Dictionary<string, string>(StringComparer.Ordinal) { ["code"] = code, [slot] = value });
            return isolate && Culture.TwoLetterISOLanguageName == "ar" ? "\u2066" + text + "\u2069" : text;
        }

        public void Add(NarrativeTopic topic, IReadOnlyList<NarrativeReference> references, string key, IReadOnlyDictionary<string, string> slots, int? count = null) =>
            All.Add(new NarrativeSentence(
                topic,
                NarrativeTemplates.Format(Culture, key, slots, count ?? 0, count is { } n ? NumberText.Count(n) : ""),
                Facts.RunId,
                Facts.InputHash,
                references));

        /// <summary>A plural sentence on a number of codes: the count picks the form, the codes are listed, the prior cycle named.</summary>
        public void Codes(NarrativeTopic topic, string key, List<string> codes, NarrativeTarget target, bool withYear)
        {
            List<NarrativeReference> refs = [.. codes.Select(code => new NarrativeReference(target, code, null)), new(target, "count", codes.Count)];
            var slots = new Dictionary<string, string>(StringComparer.Ordinal) { ["codes"] = List(codes) };
            if (withYear)
            {
                refs.Add(PriorCycle);
                slots["year"] = PriorYear;
            }

            Add(topic, refs, key, slots, codes.Count);
        }
    }
}
