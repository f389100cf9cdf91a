using System.Net;
using System.Text.Json;
using KpiTracker.Application.Features.Scoring.ScoreCycle;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Scoring;

/// <summary>
/// Who gets the comparison (JSON, trend, PDF) of a cycle in each status, and what the others are told: no cycle or a planned one
/// is 404 for everyone; an open cycle's comparison is refused to governorate-scoped readers with the reason (403), and shown to
/// those who read every governorate; a closed cycle's is shown to every comparison reader.
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class GetComparisonTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private const int Year = 2025;

    private static readonly string[] Endpoints = [$"/api/cycles/{Year}/comparison", $"/api/cycles/{Year}/comparison/trend?indicator=CUS-01", $"/api/cycles/{Year}/comparison/pdf?lang=en"];

    /// <summary>(cycle status, reader, status code, problem code) for each of the comparison's three endpoints.</summary>
    public static TheoryData<string, string, int, string> Answers => new()
    {
        { "none", "reviewer.bs", 404, "scoring.cycle_not_found" },
        { "none", "central", 404, "scoring.cycle_not_found" },
        { "planned", "reviewer.bs", 404, "scoring.cycle_not_found" },
        { "planned", "viewer.all", 404, "scoring.cycle_not_found" },
        { "open", "reviewer.bs", 403, "comparison.unpublished" },
        { "open", "viewer.bs", 403, "comparison.unpublished" },
        { "open", "viewer.all", 200, "" },
        { "open", "central", 200, "" },
        { "open", "auditor", 200, "" },
        { "closed", "reviewer.bs", 200, "" },
        { "closed", "viewer.bs", 200, "" },
        { "closed", "central", 200, "" },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Each_reader_gets_the_comparison_or_the_real_reason_why_not(string cycle, string reader, int status, string code)
    {
        await CycleAsync(cycle);
        using var client = await ReaderAsync(reader, "en");

        foreach (var endpoint in Endpoints)
        {
            using var response = await client.GetAsync(new Uri(endpoint, UriKind.Relative));
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(status == (int)response.StatusCode, $"{endpoint}: {(int)response.StatusCode} {body}");
            if (code.Length > 0)
            {
                using var problem = JsonDocument.Parse(body);
                Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
            }
        }
    }

    [Theory]
    [InlineData("en", "The comparison of cycle 2025 is published when the cycle closes")]
    [InlineData("ar", "تُنشر مقارنة دورة 2025 عند إغلاق الدورة")]
    public async Task A_reviewer_is_told_that_an_open_cycles_comparison_is_published_at_close_by_the_api_and_the_page(string language, string message)
    {
        await CycleAsync("open");
        using var reviewer = await ReaderAsync("reviewer.bs", language);

        using var api = await reviewer.GetAsync(new Uri($"/api/cycles/{Year}/comparison", UriKind.Relative));
        // The pages take their language from the culture cookie (Arabic without one), the API from Accept-Language.
        using var pageRequest = new HttpRequestMessage(HttpMethod.Get, new Uri($"/cycles/{Year}/comparison", UriKind.Relative));
        pageRequest.Headers.Add("Cookie", $".AspNetCore.Culture=c%3D{language}%7Cuic%3D{language}");
        using var page = await reviewer.SendAsync(pageRequest);

        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Contains(message, await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private async Task CycleAsync(string status)
    {
        if (status == "planned")
        {
            using var created = await Client.PostAsync(new Uri("/api/cycles", UriKind.Relative), new StringContent($$"""{"year": {{Year}}}""", System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        else if (status is "open" or "closed")
        {
            var data = await ScoringData.OpenAsync(Fixture, Year);
            if (status == "closed")
            {
                await data.CloseAsync(Fixture);
            }

            await Fixture.SendAsync(new ScoreCycleCommand(Year));
        }
    }

    private async Task<HttpClient> ReaderAsync(string name, string language)
    {
        (Role Role, string? Governorate, string? Indicator) grant = name switch
        {
            "reviewer.bs" => (Role.GovernorateReviewer, "OM-BS", null),
            "viewer.bs" => (Role.Viewer, "OM-BS", null),
            "viewer.all" => (Role.Viewer, null, null),
            "auditor" => (Role.Auditor, null, null),
            "central" => (Role.CentralTeam, null, null),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        return await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync($"{name}.{language}", grant), language);
    }
}
