using System.Net.Http.Headers;
using KpiTracker.Application.Data;
using KpiTracker.Application.Data.Identity;
using KpiTracker.Application.Features.Accounts;
using KpiTracker.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.IntegrationTests.Infrastructure;

public sealed record TestUser(Guid Id, string UserName);

/// <summary>
/// Accounts for tests. All share <see cref="Password"/>; its hash (210,000 PBKDF2 iterations) is computed once
/// and reused, so creating a user costs no hashing. Tokens come from the app's own issuer.
/// </summary>
public sealed class TestUsers(DatabaseFixture fixture)
{
    public const string Password = "Wadi-Bani-Khalid-Evening-47";

    private string? _hash;

    public async Task<TestUser> CreateAsync(string userName, params (Role Role, string? Org, string? Indicator)[] grants)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var user = new AppUser { UserName = userName, DisplayName = userName, CreatedAt = DateTimeOffset.UtcNow, LockoutEnabled = true };
        user.PasswordHash = _hash ??= users.PasswordHasher.HashPassword(user, Password);
        var result = await users.CreateAsync(user);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        foreach (var (role, org, indicator) in grants)
        {
            db.Assignments.Add(Assignment.Create(user.Id, role, org, indicator, DateTimeOffset.UtcNow));
        }

        await db.SaveChangesAsync();
        return new TestUser(user.Id, userName);
    }

    /// <summary>A client carrying a fresh bearer token of the user.</summary>
    public async Task<HttpClient> ClientForAsync(TestUser user, string? language = null)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var tokens = scope.ServiceProvider.GetRequiredService<TokenIssuer>();
        var token = await tokens.IssueAsync((await users.FindByIdAsync(user.Id.ToString()))!);
        var client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }
}
