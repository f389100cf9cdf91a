namespace KpiTracker.Web;

/// <summary>Marker for the owner, reviewer and scorecard pages' string resources (Resources/Work.resx, Resources/Work.ar.resx).</summary>
public sealed class Work;
