namespace KpiTracker.Web;

/// <summary>Marker for the framework-edition pages' string resources (Resources/Editions.resx, Resources/Editions.ar.resx).</summary>
public sealed class Editions;
