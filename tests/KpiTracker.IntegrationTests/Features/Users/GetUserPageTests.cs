using KpiTracker.Application.Common;
using KpiTracker.Application.Features.Users.GetUserPage;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Features.Users;

/// <summary>The user page's one query: the user with their roles, and the governorates and indicators the role editor offers.</summary>
public sealed class GetUserPageTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    [Fact]
    public async Task The_query_returns_the_user_and_the_scope_choices_in_their_order()
    {
        await Fixture.Users.CreateAsync("owner.page", (Role.IndicatorOwner, "OM-BS", "LSP-01"));

        var page = (await QueryAsync(new GetUserPageQuery("owner.page"))).Value;

        var assignment = Assert.Single(page.User.Assignments);
        Assert.Equal((Role.IndicatorOwner, "OM-BS", "LSP-01"), (assignment.Role, assignment.OrgUnit, assignment.Indicator));
        Assert.Equal(11, page.Choices.Governorates.Count);
        Assert.Equal("OM-MA", page.Choices.Governorates[0].Code);
        Assert.Equal(7, page.Choices.Criteria.Count);
        Assert.Equal(["LSP-01", "LSP-02", "LSP-03", "LSP-04", "LSP-05"], page.Choices.Criteria[0].Indicators.Select(i => i.Code));
        Assert.All(page.Choices.Criteria, c => Assert.False(string.IsNullOrEmpty(c.NameAr)));
    }

    [Fact]
    public async Task An_unknown_user_is_not_found()
    {
        var result = await QueryAsync(new GetUserPageQuery("nobody.here"));

        Assert.Equal((ErrorKind.NotFound, "user.not_found"), (result.Error!.Kind, result.Error.Code));
    }

    private async Task<TResponse> QueryAsync<TResponse>(IQuery<TResponse> query)
    {
        await using var scope = Fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query);
    }
}
