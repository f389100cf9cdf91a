namespace KpiTracker.Web;

/// <summary>Marker for the UI's string resources (Resources/Ui.resx, Resources/Ui.ar.resx).</summary>
public sealed class Ui;
