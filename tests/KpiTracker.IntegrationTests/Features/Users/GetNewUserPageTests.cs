using KpiTracker.Application.Features.Users.GetNewUserPage;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Users;

/// <summary>The new-user page's one query: the governorates and the current edition's indicators its first role may name.</summary>
public sealed class GetNewUserPageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_query_returns_every_governorate_and_indicator_with_their_names()
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        var choices = (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new GetNewUserPageQuery())).Value;

        Assert.Equal(11, choices.Governorates.Count);
        Assert.Equal(35, choices.Criteria.Sum(c => c.Indicators.Count));
        Assert.All(choices.Criteria.SelectMany(c => c.Indicators), i => Assert.False(string.IsNullOrEmpty(i.NameEn)));
    }
}
