namespace KpiTracker.Reports.Text;

/// <summary>Horizontal alignment relative to the reading direction: Start is the right edge in a right-to-left document.</summary>
public enum TextAlignment
{
    Start,
    Center,
    End,
}
