using KpiTracker.Application.Features.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Application.Common.Auditing;

internal static class AuditingSetup
{
    /// <summary>The audit keys (read, and in Production required, when the host starts), the signer, the chain's verifier and the refusal budget.</summary>
    public static IServiceCollection AddAuditing(this IServiceCollection services)
    {
        services.AddOptions<AuditOptions>().BindConfiguration(AuditOptions.Section);
        services.AddSingleton<AuditKeys>();
        services.AddSingleton<AuditSigner>();
        services.AddScoped<AuditChain>();
        services.AddHostedService<AuditKeysCheck>();
        services.AddSingleton<RefusalBudget>();
        services.AddHostedService<RefusalSummaryFlusher>();
        return services;
    }

    /// <summary>Reads the keys at start, so a missing or bad key stops the host with its reason instead of the first audited write.</summary>
    private sealed class AuditKeysCheck(AuditKeys keys) : Microsoft.Extensions.Hosting.IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Task.FromResult(keys.Signing);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
