using KpiTracker.BrowserTests.Infrastructure;
using MiniExcelLibs;
using static Microsoft.Playwright.Assertions;

namespace KpiTracker.BrowserTests.Journeys;

/// <summary>The template round trip in North Al Batinah: one bad row refuses the whole file, shows where, and saves nothing.</summary>
[Collection(BrowserGroup.Name)]
public sealed class ExcelRoundTripTests(BrowserFixture fixture)
{
    private const string Governorate = "OM-BS";

    [Fact]
    public async Task A_template_with_one_bad_row_shows_the_row_error_and_saves_nothing()
    {
        var drafts = await DemoItems.PlainDraftsAsync(fixture, Governorate);
        var mine = drafts.GroupBy(d => DemoItems.OwnerOf(Governorate, d.Indicator)).First(g => g.Count() >= 2);
        var good = mine.First();
        var bad = mine.Skip(1).First();
        // A value that differs from what is saved now, so "nothing saved" is something the test can see.
        var goodValue = DemoItems.Plain(good) == good.Value ? DemoItems.Plain(good) + (DemoItems.Plain(good) >= 1 ? -1 : 1) : DemoItems.Plain(good);
        var page = await fixture.SignInAsync(mine.Key);
        await page.GotoAsync("/my");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync($"#template-{Governorate}"));
        var template = Path.Combine(fixture.ArtifactsPath, $"template-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(template);

        // Column A is the indicator code and column J the value (the template's fixed order); row 1 holds the headers.
        var sheet = MiniExcel.Query(template, useHeaderRow: false).Cast<IDictionary<string, object?>>().ToList();
        var headers = sheet[0];
        var rows = new List<Dictionary<string, object?>>();
        foreach (var cells in sheet.Skip(1))
        {
            var code = cells["A"]?.ToString();
            if (code == good.Indicator)
            {
                cells["J"] = goodValue;
            }
            else if (code == bad.Indicator)
            {
                cells["J"] = "سبعون";
            }

            rows.Add(headers.Where(h => h.Value is not null).ToDictionary(h => h.Value!.ToString()!, h => cells[h.Key]));
        }

        var filled = Path.Combine(fixture.ArtifactsPath, $"filled-{Guid.NewGuid():N}.xlsx");
        MiniExcel.SaveAs(filled, rows);
        File.Delete(template);

        await page.SetInputFilesAsync("#import-file", filled);
        await page.ClickAsync("#import");
        await Expect(page.Locator("#import-error")).ToBeVisibleAsync();
        var errors = page.Locator("#import-rows tbody tr");
        await Expect(errors).ToHaveCountAsync(1);
        await Expect(errors.First).ToContainTextAsync(bad.Indicator);
        await Expect(errors.First.Locator("td").Nth(1)).ToHaveTextAsync("value");
        await page.ScanAsync(fixture, "excel-import-errors");
        File.Delete(filled);

        var after = await DemoItems.GetAsync(fixture, Governorate, good.Indicator);
        Assert.Equal(good.Value, after.Value);
        Assert.Equal(good.Version, after.Version);
    }
}
