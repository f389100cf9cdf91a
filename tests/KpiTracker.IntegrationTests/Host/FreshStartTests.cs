using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Accounts;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Host;

/// <summary>What <c>deploy/local.sh run</c> does on an empty data folder: migrate, seed the demo, start the jobs.</summary>
public sealed class FreshStartTests
{
    private const string DemoPassword = "Test-Demo-Frankincense-81";
    private static readonly int[] Years = [2023, 2024, 2025];
    private static readonly string[] Governorates = ["OM-MA", "OM-ZU", "OM-MU", "OM-BU", "OM-DA", "OM-BS", "OM-BJ", "OM-SS", "OM-SJ", "OM-ZA", "OM-WU"];

    [Fact]
    public async Task Every_demo_scorecard_and_its_PDFs_answer_within_a_minute_of_a_fresh_start()
    {
        var (owner, app) = await TestDatabase.CreateAsync("kpi_fresh");
        try
        {
            await using var factory = new KpiAppFactory(app, owner, role: "all", settings: new Dictionary<string, string>
            {
                ["Kpi:MigrateOnStart"] = "true",
                ["Kpi:SeedDefaults"] = "true",
                ["Kpi:SeedDemoData"] = "true",
                ["Kpi:DemoPassword"] = DemoPassword,
            });
            using var client = factory.CreateClient();
            var ready = Stopwatch.StartNew();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
            using var token = await client.PostAsJsonAsync(new Uri("/api/auth/token", UriKind.Relative), new { userName = "central1", password = DemoPassword });
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken);
            var missing = new List<string>();
            foreach (var year in Years)
            {
                foreach (var code in Governorates)
                {
                    var card = await PollAsync(client, $"/api/cycles/{year}/scorecards/{code}", ready);
                    if (card is null)
                    {
                        missing.Add($"{year}/{code}");
                        continue;
                    }

                    Assert.Equal(year == 2025 ? "provisional" : "final", card.Run.Kind);
                }
            }

            Assert.True(missing.Count == 0, $"no scorecard {ready.Elapsed.TotalSeconds:0} s after ready: {string.Join(", ", missing)}");
            foreach (var year in Years)
            {
                foreach (var code in Governorates)
                {
                    foreach (var lang in new[] { "ar", "en" })
                    {
                        using var pdf = await client.GetAsync(new Uri($"/api/cycles/{year}/scorecards/{code}/pdf?lang={lang}", UriKind.Relative));
                        Assert.True(pdf.StatusCode == HttpStatusCode.OK, $"{year}/{code} {lang}: {pdf.StatusCode}");
                        Assert.Equal("%PDF-"u8.ToArray(), (await pdf.Content.ReadAsByteArrayAsync())[..5]);
                    }
                }
            }
        }
        finally
        {
            await TestDatabase.DropAsync(owner);
        }
    }

    /// <summary>The scorecard once it answers 200, or null if it has not within 60 seconds of the ready line.</summary>
    private static async Task<ScorecardDto?> PollAsync(HttpClient client, string path, Stopwatch sinceReady)
    {
        while (true)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return await response.Content.ReadFromJsonAsync<ScorecardDto>();
            }

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            if (sinceReady.Elapsed > TimeSpan.FromSeconds(60))
            {
                return null;
            }

            await Task.Delay(250);
        }
    }
}
