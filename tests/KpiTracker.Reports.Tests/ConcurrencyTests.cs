using KpiTracker.Reports.Documents;

namespace KpiTracker.Reports.Tests;

public class ConcurrencyTests
{
    [Fact]
    public void Documents_render_in_parallel_with_the_shared_caches()
    {
        var models = new[] { SampleData.Scorecard(ReportLanguage.Arabic), SampleData.Scorecard(ReportLanguage.English) };

        var sizes = Enumerable.Range(0, 8).AsParallel().Select(i =>
        {
            using var output = new MemoryStream();
            ScorecardDocument.Render(models[i % 2], output);
            return (Language: i % 2, output.Length);
        }).ToList();

        Assert.All(sizes, s => Assert.InRange(s.Length, 10_000, 400_000));
        Assert.Single(sizes.Where(s => s.Language == 0).Select(s => s.Length).Distinct());
    }
}
