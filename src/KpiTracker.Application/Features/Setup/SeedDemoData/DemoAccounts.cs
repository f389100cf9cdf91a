namespace KpiTracker.Application.Features.Setup.SeedDemoData;

/// <summary>The demo sign-ins printed by <c>deploy/local.sh run</c> (and listed in README): one account per role, for OM-BS and OM-MA.</summary>
public static class DemoAccounts
{
    /// <summary>Owner 1 holds LSP and HCC, owner 2 PAO, INN and CUS, owner 3 GOV and ENV: all 35 indicators between them.</summary>
    public static readonly IReadOnlyList<string[]> OwnerCriteria = [["LSP", "HCC"], ["PAO", "INN", "CUS"], ["GOV", "ENV"]];

    public static IReadOnlyList<DemoAccount> All { get; } = Build();

    private static List<DemoAccount> Build()
    {
        var accounts = new List<DemoAccount>
        {
            new("admin", "مدير النظام (System administrator)", [(Role.Administrator, null, null)]),
            new("central1", "الفريق المركزي ١ (Central team 1)", [(Role.CentralTeam, null, null)]),
            new("central2", "الفريق المركزي ٢ (Central team 2)", [(Role.CentralTeam, null, null)]),
            new("viewer", "مشاهد (Viewer, all governorates)", [(Role.Viewer, null, null)]),
            new("auditor", "المدقق (Auditor)", [(Role.Auditor, null, null)]),
        };
        foreach (var (suffix, org, nameAr, nameEn) in new[] { ("bs", "OM-BS", "شمال الباطنة", "North Al Batinah"), ("ma", "OM-MA", "مسقط", "Muscat") })
        {
            accounts.Add(new($"reviewer.{suffix}", $"مراجع {nameAr} (Reviewer, {nameEn})", [(Role.GovernorateReviewer, org, null)]));
            for (var i = 0; i < OwnerCriteria.Count; i++)
            {
                accounts.Add(new($"owner{i + 1}.{suffix}", $"مالك المؤشرات {i + 1} - {nameAr} (Owner {i + 1}, {nameEn})", [.. OwnerCriteria[i].Select(c => (Role.IndicatorOwner, (string?)org, (string?)c))]));
            }
        }

        return accounts;
    }
}

/// <summary>An owner's scope lists criterion codes here; seeding expands them to the criterion's indicators.</summary>
public sealed record DemoAccount(string UserName, string DisplayName, IReadOnlyList<(Role Role, string? OrgUnit, string? Scope)> Roles);
