using System.Globalization;
using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Web.Components.Pages.Collection.Scorecards;

/// <summary>How the scorecard's parts read a card: docs/RESULTS.md's flags, band classes and signed changes.</summary>
internal static class ScoreView
{
    /// <summary>The run is provisional: its cycle is open.</summary>
    public static bool Provisional(ScorecardDto card) => card.Flags.Contains("provisional");

    /// <summary>The overall band and the rank are established: coverage reaches 2/3 (no <c>insufficient_data</c> flag).</summary>
    public static bool Established(ScorecardDto card) => !card.Flags.Contains("insufficient_data");

    /// <summary>The colour class of a band (the band's code); grey for none or one not established.</summary>
    public static string BandClass(string? band) => "sc-band sc-band-" + (band ?? "none");

    /// <summary>A published change with its sign (+1.2, −0.4, 0.0), in the reader's number format; null when there is none.</summary>
    public static string? Signed(decimal? delta) => delta?.ToString("+#,0.0;\u2212#,0.0;0.0", CultureInfo.CurrentCulture);

    /// <summary>A coverage share (0–1) as a percentage with one decimal, as the PDF prints it.</summary>
    public static string Percent(decimal? share) => WorkPages.Score(share is { } s ? s * 100 : null);
}
