namespace KpiTracker.Reports.Text;

/// <summary>How a run of text looks. Font choice follows the script (Arabic → Noto Naskh Arabic, others → Noto Sans).</summary>
public readonly record struct TextStyle(float Size, bool Bold, SKColor Color)
{
    public TextStyle WithColor(SKColor color) => this with { Color = color };

    public TextStyle WithSize(float size) => this with { Size = size };

    public TextStyle AsBold() => this with { Bold = true };
}
