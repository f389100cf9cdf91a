using KpiTracker.Application.Data.Identity;
using KpiTracker.Application.Features.Frameworks.DefaultEdition;
using Microsoft.AspNetCore.Identity;

namespace KpiTracker.Application.Features.Setup.SeedDemoData;

/// <summary>Creates the demo accounts that do not exist yet; never used outside <c>deploy/local.sh run</c>.</summary>
public sealed record SeedDemoDataCommand(string Password) : ICommand<int>, ISystemMessage;

internal sealed class SeedDemoDataHandler(AppDbContext db, UserManager<AppUser> users, TimeProvider clock) : ICommandHandler<SeedDemoDataCommand, int>
{
    public async ValueTask<int> Handle(SeedDemoDataCommand command, CancellationToken cancellationToken)
    {
        var indicatorsByCriterion = await db.Criteria
            .Where(c => db.FrameworkEditions.Any(e => e.Id == c.EditionId && e.Code == DefaultEditionFile.Code))
            .Select(c => new { c.Code, Indicators = c.Indicators.Select(i => i.Code).ToList() })
            .ToDictionaryAsync(c => c.Code, c => c.Indicators, cancellationToken);
        var created = 0;
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            var now = clock.GetUtcNow();
            var user = new AppUser { UserName = account.UserName, DisplayName = account.DisplayName, CreatedAt = now, LockoutEnabled = true };
            var result = await users.CreateAsync(user, command.Password);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.UserName}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
            }

            foreach (var (role, org, scope) in account.Roles)
            {
                var indicators = role == Role.IndicatorOwner ? indicatorsByCriterion[scope!] : [null!];
                foreach (var indicator in indicators)
                {
                    db.Assignments.Add(Assignment.Create(user.Id, role, org, indicator, now));
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            created++;
        }

        return created;
    }
}
