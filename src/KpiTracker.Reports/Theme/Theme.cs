using KpiTracker.Reports.Documents;

namespace KpiTracker.Reports.Theme;

/// <summary>Typography, colours and page geometry in one place. Band and light colours keep text on them at 4.5:1 or better.</summary>
public sealed record ReportTheme
{
    public static ReportTheme Default { get; } = new();

    public float PageMargin { get; init; } = 36;

    public float TitleSize { get; init; } = 17;

    public float HeadingSize { get; init; } = 11.5f;

    public float BodySize { get; init; } = 8.5f;

    public float SmallSize { get; init; } = 7;

    public float FigureSize { get; init; } = 20;

    public SKColor Ink { get; init; } = new(0x1F, 0x29, 0x33);

    public SKColor Muted { get; init; } = new(0x5F, 0x6B, 0x76);

    public SKColor Rule { get; init; } = new(0xC9, 0xD1, 0xD9);

    public SKColor Panel { get; init; } = new(0xF2, 0xF5, 0xF8);

    public SKColor HeaderFill { get; init; } = new(0x1F, 0x3A, 0x5F);

    public SKColor OnHeader { get; init; } = SKColors.White;

    public SKColor GroupFill { get; init; } = new(0xE4, 0xEA, 0xF1);

    public SKColor Accent { get; init; } = new(0x1F, 0x3A, 0x5F);

    public SKColor Warning { get; init; } = new(0xA5, 0x1D, 0x17);

    public SKColor MissingFill { get; init; } = new(0xE8, 0xEA, 0xED);

    public TextStyle Title => new(TitleSize, true, Ink);

    public TextStyle Heading => new(HeadingSize, true, Accent);

    public TextStyle Body => new(BodySize, false, Ink);

    public TextStyle Strong => new(BodySize, true, Ink);

    public TextStyle Small => new(SmallSize, false, Muted);

    public TextStyle Figure => new(FigureSize, true, Ink);

    public TextStyle MissingText => new(BodySize, false, Muted);

    /// <summary>
    /// Band fills, darker for higher bands, chosen so that a grey print keeps neighbouring bands apart: their grey levels
    /// (0.299 R + 0.587 G + 0.114 B, of 255) are 43, 96, 142, 190 and 234, at least 44 apart (docs/REPORTS.md). Text on each
    /// fill (white on the two darkest, ink on the others) keeps 4.5:1 or better.
    /// </summary>
    public SKColor BandFill(Band? band) => band switch
    {
        Band.Leading => new SKColor(0x0B, 0x3D, 0x20),
        Band.Advanced => new SKColor(0x2A, 0x7F, 0x50),
        Band.Established => new SKColor(0xB8, 0x90, 0x1A),
        Band.Developing => new SKColor(0xF0, 0xB2, 0x7A),
        Band.Initial => new SKColor(0xFC, 0xE3, 0xE0),
        _ => MissingFill,
    };

    /// <summary>The provisional watermark: light enough that the figures it lies under stay readable in a grey print.</summary>
    public SKColor Watermark { get; init; } = new(0xE4, 0xE7, 0xEB);

    public SKColor OnBand(Band? band) => band is Band.Leading or Band.Advanced ? SKColors.White : Ink;

    public SKColor Green { get; init; } = new(0x1E, 0x8E, 0x3E);

    public SKColor Amber { get; init; } = new(0xF2, 0x99, 0x00);

    public SKColor Red { get; init; } = new(0xD9, 0x30, 0x25);

    public SKColor Grey { get; init; } = new(0x9A, 0xA0, 0xA6);

    public SKColor LightFill(TrafficLight light) => light switch
    {
        TrafficLight.Green => Green,
        TrafficLight.Amber => Amber,
        TrafficLight.Red => Red,
        _ => Grey,
    };

    public SKColor MedianMarker { get; init; } = new(0x1F, 0x29, 0x33);
}
