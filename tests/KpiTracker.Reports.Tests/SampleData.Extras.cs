using KpiTracker.Reports.Documents;
using SkiaSharp;
using static KpiTracker.Reports.Tests.SampleCatalogue;

namespace KpiTracker.Reports.Tests;

/// <summary>The parts of the samples added for issue #18: trend, identity with a drawn logo, the band legend and coverage.</summary>
internal static partial class SampleData
{
    private static readonly Lazy<SKImage> SampleLogo = new(DrawLogo);

    public static ReportIdentity Identity(bool ar, bool logo = true) => new(
        ar ? "وزارة الداخلية" : "Ministry of Interior",
        ar ? "دائرة التخطيط وقياس الأداء" : "Planning and Performance Measurement Department",
        logo ? SampleLogo.Value : null);

    public static List<BandInfo> Bands(bool ar) =>
        [.. new[] { (Band.Initial, 0m), (Band.Developing, 40m), (Band.Established, 60m), (Band.Advanced, 75m), (Band.Leading, 90m) }
            .Select(b => new BandInfo(b.Item1, BandName(b.Item1, ar)!, b.Item2))];

    /// <summary>Every governorate has most values; the last one (Al Wusta) has three fifths, below the 2/3 threshold.</summary>
    public static decimal Coverage(int g) => g == Governorates.Length - 1 ? 21m / 35m : (35m - (g % 3)) / 35m;

    /// <summary>Three cycles ending in the sample's; the earlier ones a few points lower, one criterion unpublished in the first.</summary>
    public static List<TrendYear> Trend(IReadOnlyList<CriterionResult> criteria, decimal? overall) =>
    [
        .. new[] { (2024, -6.4m), (2025, -2.3m), (2026, 0m) }.Select(y => new TrendYear(y.Item1, ScoreKind.Final, overall + y.Item2, false,
            criteria.Select((c, i) => (c.Code, Score: y.Item1 == 2024 && i == 3 ? null : c.Score + y.Item2 + (i % 3) - 1))
                .ToDictionary(c => c.Code, c => c.Score))),
    ];

    /// <summary>A plain vector emblem as PNG bytes decoded once, the way the application hands a configured logo to the documents.</summary>
    private static SKImage DrawLogo()
    {
        using var bitmap = new SKBitmap(160, 160);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            using var paint = new SKPaint { IsAntialias = true, Color = new SKColor(0x1F, 0x3A, 0x5F) };
            canvas.DrawCircle(80, 80, 76, paint);
            paint.Color = new SKColor(0xC9, 0xA2, 0x27);
            canvas.DrawCircle(80, 80, 52, paint);
            paint.Color = SKColors.White;
            canvas.DrawRect(new SKRect(70, 34, 90, 126), paint);
            canvas.DrawRect(new SKRect(34, 70, 126, 90), paint);
        }

        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return SKImage.FromEncodedData(png);
    }
}
