using SkiaSharp;

namespace KpiTracker.Reports.Tests;

/// <summary>Page images compared with reviewed references in References/ (per-pixel channel difference within a tolerance).</summary>
internal static class ReferenceImages
{
    public const float Scale = 50f / 72f;
    public const int ChannelTolerance = 16;
    public const double PixelShareTolerance = 0.005;

    public static string Folder { get; } = FindFolder();

    /// <summary>The share of pixels whose largest channel difference exceeds the tolerance (1 when sizes differ).</summary>
    public static double DifferingShare(SKBitmap actual, SKBitmap expected)
    {
        if (actual.Width != expected.Width || actual.Height != expected.Height)
        {
            return 1;
        }

        var differing = 0;
        for (var y = 0; y < actual.Height; y++)
        {
            for (var x = 0; x < actual.Width; x++)
            {
                var a = actual.GetPixel(x, y);
                var e = expected.GetPixel(x, y);
                var diff = Math.Max(Math.Max(Math.Abs(a.Red - e.Red), Math.Abs(a.Green - e.Green)), Math.Max(Math.Abs(a.Blue - e.Blue), Math.Abs(a.Alpha - e.Alpha)));
                if (diff > ChannelTolerance)
                {
                    differing++;
                }
            }
        }

        return (double)differing / (actual.Width * actual.Height);
    }

    /// <summary>Checks one page; returns a failure message, or null when the page matches its reference.</summary>
    public static string? Check(string name, SKBitmap actual)
    {
        var reference = Path.Combine(Folder, name + ".png");
        var actualPath = Path.Combine(Folder, name + ".actual.png");
        if (!File.Exists(reference))
        {
            Save(actual, actualPath);
            return $"{name}: no reference yet. Look at {actualPath}; if it is right, rename it to {name}.png and commit it.";
        }

        using var expected = SKBitmap.Decode(reference);
        var share = DifferingShare(actual, expected);
        if (share <= PixelShareTolerance)
        {
            File.Delete(actualPath);
            return null;
        }

        Save(actual, actualPath);
        return $"{name}: {share:P2} of pixels differ (limit {PixelShareTolerance:P1}). Compare {actualPath} with {reference}; if the change is intended, copy it over the reference after a person looked.";
    }

    public static void Save(SKBitmap bitmap, string path)
    {
        using var file = File.Create(path);
        bitmap.Encode(file, SKEncodedImageFormat.Png, 100);
    }

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "KpiTracker.Reports.Tests", "References");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/KpiTracker.Reports.Tests/References was not found above the test output folder.");
    }
}
