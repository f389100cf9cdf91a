using System.Text.RegularExpressions;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Reports.Narrative;

namespace KpiTracker.Web.Components.Pages.Collection.Scorecards;

/// <summary>A piece of a narrative sentence: plain text, or a code linked to its row or section of the scorecard.</summary>
internal sealed record NarrativePiece(string Text, string? Href);

/// <summary>Cuts a narrative sentence at the codes it references, so each code links to the numbers it stands for.</summary>
internal static class NarrativeView
{
    /// <summary>
    /// The sentence's pieces: a criterion code links to its section of the indicators table (<c>#criterion-CUS</c>), an indicator
    /// code (also one a commitment or an action is about) to its row (<c>#indicator-CUS-01</c>).
    /// </summary>
    public static IReadOnlyList<NarrativePiece> Pieces(NarrativeSentenceDto sentence)
    {
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var reference in sentence.References)
        {
            var href = reference.Kind switch
            {
                NarrativeTarget.Criterion when reference.Code != "count" => "#criterion-" + reference.Code,
                NarrativeTarget.Indicator or NarrativeTarget.Commitment when reference.Code.Contains('-', StringComparison.Ordinal) => "#indicator-" + reference.Code,
                _ => null,
            };
            if (href is not null)
            {
                links.TryAdd(reference.Code, href);
            }
        }

        if (links.Count == 0)
        {
            return [new NarrativePiece(sentence.Text, null)];
        }

        // Longer codes first, and whole codes only: "CUS" never matches inside "CUS-01".
        var pattern = new Regex(
            @"(?<![A-Za-z0-9-])(" + string.Join("|", links.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape)) + @")(?![A-Za-z0-9-])",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        var pieces = new List<NarrativePiece>();
        var at = 0;
        foreach (Match match in pattern.Matches(sentence.Text))
        {
            if (match.Index > at)
            {
                pieces.Add(new NarrativePiece(sentence.Text[at..match.Index], null));
            }

            pieces.Add(new NarrativePiece(match.Value, links[match.Value]));
            at = match.Index + match.Length;
        }

        if (at < sentence.Text.Length)
        {
            pieces.Add(new NarrativePiece(sentence.Text[at..], null));
        }

        return pieces;
    }
}
