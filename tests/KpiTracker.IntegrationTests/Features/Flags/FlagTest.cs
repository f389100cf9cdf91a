using System.Net;
using System.Net.Http.Json;
using KpiTracker.Application.Features.Flags;
using KpiTracker.Domain.Access;
using KpiTracker.Domain.Organisation;
using KpiTracker.IntegrationTests.Features.Submissions;
using KpiTracker.IntegrationTests.Infrastructure;

namespace KpiTracker.IntegrationTests.Features.Flags;

/// <summary>What the outlier-flag tests share: one indicator submitted across the governorates, then a scan.</summary>
public abstract class FlagTest(DatabaseFixture fixture) : CollectionTest(fixture)
{
    /// <summary>LSP-02 across the 11 governorates: ten near 70 and North Al Batinah at 5.</summary>
    protected static readonly decimal[] Values = [71, 69, 72, 70, 68, 5, 73, 70, 71, 69, 70];

    protected Dictionary<string, HttpClient> Owners { get; } = [];

    protected async Task SubmitAcrossAsync(string indicator, decimal[] values)
    {
        var owner = await Fixture.Users.ClientForAsync(await Fixture.Users.CreateAsync($"owner.{indicator}", [.. Governorates.All.Select(g => (Role.IndicatorOwner, (string?)g.Code, (string?)indicator))]), "en");
        for (var i = 0; i < values.Length; i++)
        {
            var governorate = Governorates.All[i].Code;
            Owners[governorate] = owner;
            await SaveAsync(owner, governorate, indicator, new { value = values[i] });
            await ActOkAsync(owner, governorate, indicator, "submit");
        }
    }

    protected async Task<ScanResultDto> ScanAsync()
    {
        using var response = await Client.PostAsync(new Uri($"/api/cycles/{Year}/flags/scan", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ScanResultDto>(Json))!;
    }
}
