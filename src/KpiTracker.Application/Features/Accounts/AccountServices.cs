using KpiTracker.Application.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Application.Features.Accounts;

/// <summary>ASP.NET Core Identity as the accounts use it: the password hash, our password policy, lockout, tokens.</summary>
internal static class AccountServices
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.Configure<PasswordHasherOptions>(o =>
        {
            o.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            o.IterationCount = PasswordPolicy.IterationCount;
        });
        services.AddIdentityCore<AppUser>(o =>
            {
                // Length and commonness are checked by PasswordPolicyValidator; character classes are not required.
                o.Password.RequiredLength = 0;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 0;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<PasswordPolicyValidator>();
        services.AddScoped<TokenIssuer>();
        services.AddScoped<SessionStore>();
        services.AddOptions<SessionOptions>().BindConfiguration(SessionOptions.Section);
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.Section);
        services.AddSingleton<SignInThrottle>();
        return services;
    }
}
