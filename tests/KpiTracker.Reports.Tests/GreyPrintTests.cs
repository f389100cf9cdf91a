using KpiTracker.Reports.Documents;
using KpiTracker.Reports.Layout;
using KpiTracker.Reports.Theme;
using static KpiTracker.Tests.Shared.PdfTools;

namespace KpiTracker.Reports.Tests;

/// <summary>
/// The heat map in a grey print (docs/REPORTS.md): each band's cell, drawn by the heat map's own cell renderer into a PDF and
/// rasterised by <c>pdftoppm -gray</c>, differs from the neighbouring bands' cells by at least <see cref="MinimumGreyStep"/> grey
/// levels (of 255); and the comparison's cells name their band.
/// </summary>
public class GreyPrintTests
{
    /// <summary>The stated minimum difference of neighbouring bands' greys, 0–255 (the fills are 43, 96, 142, 190 and 234 by design).</summary>
    public const int MinimumGreyStep = 40;

    private const float CellWidth = 100;

    [Fact]
    public void Neighbouring_bands_stay_apart_in_a_grey_print()
    {
        var bands = Enum.GetValues<Band>();
        var document = ReportDocument.Create(new DocumentMetadata("grey", "grey", SampleData.GeneratedAt), page => page
            .PageSize(PageSizes.A4Landscape)
            .Margins(36)
            .Content(c => c.Row(row =>
            {
                foreach (var band in bands)
                {
                    ComparisonSections.HeatCell(row.ConstantItem(CellWidth), new CriterionScore(50m, band), band.ToString(), ReportTheme.Default);
                }

                row.RelativeItem();
            })));
        var pdf = SampleDocuments.Save("grey-bands", document.GeneratePdf);
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, "grey-bands");
        Assert.Equal(0, Run("pdftoppm", "-gray", "-r", "72", "-f", "1", "-l", "1", pdf, prefix).ExitCode);
        var greys = bands.Select((_, i) => Sample(prefix + "-1.pgm", 36 + (int)(i * CellWidth) + 4, 36 + 3)).ToList();

        for (var i = 1; i < greys.Count; i++)
        {
            Assert.True(Math.Abs(greys[i] - greys[i - 1]) >= MinimumGreyStep,
                $"{bands[i - 1]} ({greys[i - 1]}) and {bands[i]} ({greys[i]}) are fewer than {MinimumGreyStep} grey levels apart");
        }
    }

    [Theory]
    [InlineData(ReportLanguage.Arabic)]
    [InlineData(ReportLanguage.English)]
    public void Every_heat_map_cell_names_its_band_and_the_legend_lists_all_five(ReportLanguage language)
    {
        var model = SampleData.Comparison(language);
        var text = Normalize(ExtractText(SampleDocuments.Comparison(language), 1));
        var names = model.Bands!.ToDictionary(b => b.Band, b => Normalize(b.Name));

        foreach (var (band, count) in model.Governorates.SelectMany(g => g.Scores).GroupBy(s => s.Band!.Value).Select(g => (g.Key, g.Count())))
        {
            // The cells, plus the league table's chips and the legend.
            Assert.True(Occurrences(text, names[band]) >= count, $"{band}: fewer than {count} cells name it");
        }

        Assert.All(names.Values, name => Assert.Contains(name, text, StringComparison.Ordinal));
    }

    /// <summary>The median grey of a 4 × 4 patch of a binary PGM (P5) page image.</summary>
    private static int Sample(string pgm, int x, int y)
    {
        var bytes = File.ReadAllBytes(pgm);
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[at]))
            {
                at++;
            }

            var start = at;
            while (!char.IsWhiteSpace((char)bytes[at]))
            {
                at++;
            }

            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, at - start));
        }

        var width = int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        var data = at + 1;
        var patch = (from dy in Enumerable.Range(0, 4) from dx in Enumerable.Range(0, 4) select (int)bytes[data + ((y + dy) * width) + x + dx]).Order().ToList();
        return patch[patch.Count / 2];
    }

    private static int Occurrences(string text, string part) =>
        part.Length == 0 ? 0 : (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;
}
