using System.Net.Http.Json;
using System.Text.Json;
using KpiTracker.Application.Features.Commitments;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Commitments;

[Collection(SecondDatabaseGroup.Name)]
public sealed class GetCommitmentsTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Every_indicator_carries_its_ambition_check_from_three_cycles_of_accepted_values()
    {
        var years = new[] { await ScoringData.OpenAsync(Fixture, 2023, shift: 4), await ScoringData.OpenAsync(Fixture, 2024, shift: 2), await ScoringData.OpenAsync(Fixture, 2025) };
        var reviewer = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync("reviewer.bs", (Role.GovernorateReviewer, "OM-BS", null)), "ar");

        var sheet = (await reviewer.GetFromJsonAsync<CommitmentSheetDto>("/api/cycles/2025/commitments/OM-BS", Json))!;

        Assert.Equal(35, sheet.Rows.Count);
        var row = sheet.Rows.Single(r => r.Indicator == "LSP-02");
        Assert.Matches("\\p{IsArabic}", row.Name); // named in the reader's language
        var own = years.Select(y => y.Values[("OM-BS", "LSP-02")]).ToArray();
        // Three equally spaced years: the least-squares line passes through their mean at the middle year with slope (last − first) / 2.
        Assert.Equal(Math.Round(own.Average() + (own[2] - own[0]), 6), Math.Round(row.Ambition.Projection!.Value, 6));
        var national = years[2].Governorates.Select(g => years[2].Values[(g, "LSP-02")]).Order().ToList();
        Assert.Equal(national[national.Count / 2], row.Ambition.NationalMedian); // 11 governorates: the middle one
        Assert.Equal(national[^1], row.Ambition.NationalBest);
        Assert.Equal(years.SelectMany(y => y.Governorates.Select(g => y.Values[(g, "LSP-02")])).Max(), row.Ambition.BestOfThreeCycles);
        var down = sheet.Rows.Single(r => r.Indicator == "CUS-05");
        Assert.Equal(years[2].Governorates.Select(g => years[2].Values[(g, "CUS-05")]).Min(), down.Ambition.NationalBest); // fewer working days is better
        var range = sheet.Rows.Single(r => r.Indicator == "PAO-05");
        Assert.Equal((90m, 100m, (decimal?)null), (range.Ambition.TargetLow, range.Ambition.TargetHigh, range.Ambition.Target));
        // The next-band value: what the what-if says that indicator alone needs, else its value in the suggested plan.
        var whatIf = (await reviewer.GetFromJsonAsync<NextBandDto>("/api/cycles/2025/scorecards/OM-BS/what-if", Json))!;
        var planned = whatIf.Plan.Steps.ToDictionary(s => s.Code, s => (decimal?)s.ValueToEnter);
        Assert.NotEmpty(planned);
        Assert.All(sheet.Rows, r => Assert.Equal(whatIf.Indicators.Single(i => i.Code == r.Indicator).Value ?? planned.GetValueOrDefault(r.Indicator), r.Ambition.NextBandValue));
    }
}
