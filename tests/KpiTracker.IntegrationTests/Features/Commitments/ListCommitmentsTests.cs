using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Commitments.ListCommitments;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Improvement;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Commitments;

[Collection(SecondDatabaseGroup.Name)]
public sealed class ListCommitmentsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
    }

    [Fact]
    public async Task The_central_team_lists_proposals_by_governorate_and_status()
    {
        await ScoringData.OpenAsync(Fixture, 2025);
        foreach (var gov in new[] { "OM-BS", "OM-MA" })
        {
            var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer." + gov, (Role.GovernorateReviewer, gov, null)));
            using var proposed = await reviewer.PostAsJsonAsync($"/api/cycles/2025/commitments/{gov}", new { rows = new[] { new { indicator = "LSP-02", value = 80m }, new { indicator = "CUS-05", value = 8m } } });
            Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        }

        (await Client.PostAsJsonAsync("/api/cycles/2025/commitments/OM-MA/CUS-05/return", new { reason = "Check the trend" })).Dispose();

        var all = (await Client.GetFromJsonAsync<CommitmentListDto>("/api/cycles/2025/commitments", Json))!;
        Assert.Equal((2026, true, 4), (all.ForYear, all.Open, all.Items.Count));
        Assert.Equal(["OM-MA", "OM-MA", "OM-BS", "OM-BS"], all.Items.Select(i => i.Commitment.Governorate).ToArray()); // governorates in their usual order
        var returned = (await Client.GetFromJsonAsync<CommitmentListDto>("/api/cycles/2025/commitments?status=returned", Json))!;
        Assert.Equal(("OM-MA", "CUS-05", "Check the trend"), (Assert.Single(returned.Items).Commitment.Governorate, returned.Items[0].Commitment.Indicator, returned.Items[0].Commitment.ReturnReason));
        var bs = (await Client.GetFromJsonAsync<CommitmentListDto>("/api/cycles/2025/commitments?governorate=OM-BS&status=proposed", Json))!;
        Assert.All(bs.Items, i => Assert.Equal((CommitmentStatus.Proposed, "OM-BS"), (i.Commitment.Status, i.Commitment.Governorate)));
        Assert.Equal(2, bs.Items.Count);
        using var bad = await Client.GetAsync(new Uri("/api/cycles/2025/commitments?status=maybe", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
