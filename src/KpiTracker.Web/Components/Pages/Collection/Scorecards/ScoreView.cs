using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Common;

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

    /// <summary>A published change with its sign (+1.2, −0.4, 0.0); null when there is none.</summary>
    public static string? Signed(decimal? delta) => delta is null ? null : NumberText.Change(delta);

    /// <summary>A coverage share (0–1) as a percentage with one decimal and its sign, as the PDF prints it.</summary>
    public static string Percent(decimal? share) => NumberText.Share(share);
}
