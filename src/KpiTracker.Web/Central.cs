namespace KpiTracker.Web;

/// <summary>Marker for the central team's pages' string resources (Resources/Central.resx, Resources/Central.ar.resx).</summary>
public sealed class Central;
