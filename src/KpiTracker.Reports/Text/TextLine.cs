namespace KpiTracker.Reports.Text;

/// <summary>One shaped run placed on a line, with the slice of extraction text it carries (UTF-8).</summary>
internal sealed record LineRun(ShapedRun Shaped, float X, byte[] Text, string Source);

/// <summary>One laid-out line. Its blob (origin at the line's left end on the baseline) is built per set of embedded fonts.</summary>
internal sealed class TextLine(IReadOnlyList<LineRun> runs, float width, float ascent, float descent)
{
    private Tuple<EmbeddedFonts, SKTextBlob?>? cached;

    public IReadOnlyList<LineRun> Runs { get; } = runs;

    public float Width { get; } = width;

    public float Ascent { get; } = ascent;

    public float Descent { get; } = descent;

    public float Height => Ascent + Descent;

    public SKTextBlob? BlobFor(EmbeddedFonts fonts)
    {
        var hit = cached;
        if (hit is not null && ReferenceEquals(hit.Item1, fonts))
        {
            return hit.Item2;
        }

        var blob = Build(fonts);
        cached = Tuple.Create(fonts, blob);
        return blob;
    }

    private SKTextBlob? Build(EmbeddedFonts fonts)
    {
        if (Runs.Count == 0)
        {
            return null;
        }

        using var builder = new SKTextBlobBuilder();
        foreach (var run in Runs)
        {
            var shaped = run.Shaped;
            var buffer = builder.AllocatePositionedTextRun(fonts.Font(shaped.Face, shaped.Size), shaped.Glyphs.Length, run.Text.Length, null);
            shaped.Glyphs.CopyTo(buffer.Glyphs);
            var positions = buffer.Positions;
            for (var g = 0; g < shaped.Positions.Length; g++)
            {
                positions[g] = new SKPoint(shaped.Positions[g].X + run.X, shaped.Positions[g].Y);
            }

            run.Text.CopyTo(buffer.Text);
            buffer.Clusters.Clear();
        }

        return builder.Build();
    }
}
