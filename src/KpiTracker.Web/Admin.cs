namespace KpiTracker.Web;

/// <summary>Marker for the administration and audit pages' string resources (Resources/Admin.resx, Resources/Admin.ar.resx).</summary>
public sealed class Admin;
