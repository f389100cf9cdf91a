using System.Net.Http.Json;
using KpiTracker.Application.Features.Submissions.GetGovernorateProgress;
using KpiTracker.Domain.Collection;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Submissions;

/// <summary>The data quality index counts completeness and timeliness as GOV-02 does, a restated item included.</summary>
public sealed class GetGovernorateProgressTests(DatabaseFixture fixture) : CollectionTest(fixture)
{
    /// <summary>5 February 2026 in Muscat: after the 2025 cycle's submission deadline, before its expiry.</summary>
    private static readonly DateTimeOffset Late = new(2026, 2, 5, 6, 0, 0, TimeSpan.Zero);

    /// <summary>30 April 2026: the 2025 cycle closes.</summary>
    private static readonly DateTimeOffset Closing = new(2026, 4, 30, 8, 0, 0, TimeSpan.Zero);

    /// <summary>How LSP-01 of North Al Batinah went through the cycle, and whether it is then complete (by expiry) and on time (by the deadline).</summary>
    public static TheoryData<string, bool, bool> Histories => new()
    {
        { "submitted on time", true, true },
        { "submitted after the deadline", true, false },
        { "never submitted", false, false },
        { "restated: missing at close, submitted after it", false, false },
        { "on time, then restated after close", true, true },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public async Task Completeness_and_timeliness_count_an_item_as_GOV_02_does(string history, bool complete, bool onTime)
    {
        if (history.StartsWith("submitted after", StringComparison.Ordinal))
        {
            Fixture.Clock.SetUtcNow(Late);
        }

        if (!history.Contains("never", StringComparison.Ordinal) && !history.StartsWith("restated", StringComparison.Ordinal))
        {
            await SubmitAndAcceptAsync(70m);
        }

        Fixture.Clock.SetUtcNow(Closing);
        using (var closed = await Client.PostAsync(new Uri($"/api/cycles/{Year}/close", UriKind.Relative), null))
        {
            Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        }

        if (history.Contains("restated", StringComparison.Ordinal))
        {
            await ActOkAsync(Client, "OM-BS", "LSP-01", "reopen", new { reason = "The ministry restated the 2025 plan figures." });
            await SubmitAndAcceptAsync(74m);
            Assert.Equal(SubmissionState.Locked, (await ActOkAsync(Client, "OM-BS", "LSP-01", "verify")).State);
        }

        var quality = (await Reviewer.GetFromJsonAsync<GovernorateProgressDto>($"/api/cycles/{Year}/governorates/OM-BS/progress", Json))!.Quality;
        var gov02 = (await GetAsync(Client, "OM-BS", "GOV-02")).Value!.Value;

        // 34 entered indicators; LSP-01 is the only one that could count.
        int byExpiry = complete ? 1 : 0, byDeadline = onTime ? 1 : 0;
        Assert.Equal((34, byExpiry, byDeadline), (quality.Applicable, quality.Submitted, quality.OnTime));
        Assert.Equal(100m * byExpiry / 34, quality.Completeness);
        Assert.Equal(100m * byDeadline / 34, quality.Timeliness);
        Assert.Equal(100m * (byExpiry + byDeadline) / 68, gov02);
        Assert.Equal(gov02, (quality.Completeness + quality.Timeliness) / 2);
    }

    private async Task SubmitAndAcceptAsync(decimal value)
    {
        await SaveAsync(Owner, "OM-BS", "LSP-01", new { value });
        await ActOkAsync(Owner, "OM-BS", "LSP-01", "submit");
        await ActOkAsync(Reviewer, "OM-BS", "LSP-01", "accept");
    }
}
