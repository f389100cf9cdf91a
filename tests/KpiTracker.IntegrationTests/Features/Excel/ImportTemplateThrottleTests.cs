using System.Net;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Evidence;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Excel;

/// <summary>Imports are counted per user (10 a minute by default): past that, 429 in the caller's language, before the file is read.</summary>
public sealed class ImportTemplateThrottleTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const string Governorate = "OM-BS";
    private static readonly string TemplateUrl = $"/api/cycles/{CollectionSetup.Year}/template/{Governorate}";

    [Fact]
    public async Task The_eleventh_import_of_a_minute_is_refused_with_429_and_other_users_go_on()
    {
        await CollectionSetup.OpenCycleAsync(Fixture, Governorate);
        var busy = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.busy", (Role.IndicatorOwner, Governorate, "LSP-01")), "ar");
        var other = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("owner.other", (Role.IndicatorOwner, Governorate, "LSP-02")), "en");
        var notAWorkbook = EvidenceSamples.Csv();

        for (var i = 0; i < 10; i++)
        {
            var url = i % 2 == 0 ? TemplateUrl : $"{TemplateUrl}/errors.xlsx";
            Assert.Equal(["excel.file.not_xlsx"], await EvidenceApi.FieldCodesAsync(await ExcelFiles.PostAsync(busy, url, notAWorkbook), "file"));
        }

        var refused = await ExcelFiles.PostAsync(busy, TemplateUrl, notAWorkbook);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var problem = await EvidenceApi.JsonAsync(refused);
        Assert.Equal("rate_limited", problem.GetProperty("code").GetString());
        Assert.Matches(@"\p{IsArabic}", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await ExcelFiles.PostAsync(busy, $"{TemplateUrl}/errors.xlsx", notAWorkbook)).StatusCode);
        Assert.Equal(["excel.file.not_xlsx"], await EvidenceApi.FieldCodesAsync(await ExcelFiles.PostAsync(other, TemplateUrl, notAWorkbook), "file"));
    }
}
