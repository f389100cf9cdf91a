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

    public SKColor BandFill(Band? band) => band switch
    {
        Band.Leading => new SKColor(0x14, 0x5A, 0x32),
        Band.Advanced => new SKColor(0x7F, 0xC2, 0x8E),
        Band.Established => new SKColor(0xF1, 0xD3, 0x6B),
        Band.Developing => new SKColor(0xF3, 0xA2, 0x5E),
        Band.Initial => new SKColor(0xA8, 0x20, 0x1A),
        _ => MissingFill,
    };

    public SKColor OnBand(Band? band) => band is Band.Leading or Band.Initial ? SKColors.White : Ink;

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
