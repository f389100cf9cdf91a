using System.Net.Http.Json;
using KpiTracker.Application.Features.Cycles.GetCyclesPage;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Cycles;

/// <summary>The cycles page's one query: every cycle, newest first, and the year the create form suggests, from the clock.</summary>
public sealed class GetCyclesPageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Fixture.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Without_cycles_it_suggests_last_year()
    {
        var page = (await QueryAsync(new GetCyclesPageQuery())).Value;

        Assert.Equal((0, 2025), (page.Cycles.Count, page.SuggestedYear));
    }

    [Fact]
    public async Task It_lists_the_cycles_newest_first_and_suggests_the_year_after_the_newest()
    {
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2024 })).Dispose();
        (await Client.PostAsJsonAsync("/api/cycles", new { year = 2025 })).Dispose();

        var page = (await QueryAsync(new GetCyclesPageQuery())).Value;

        Assert.Equal([2025, 2024], page.Cycles.Select(c => c.Year));
        Assert.Equal(2026, page.SuggestedYear);
    }

    private async Task<TResponse> QueryAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }
}
