using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Application.Features.Reports;

internal static class ReportServices
{
    public static IServiceCollection AddReports(this IServiceCollection services)
    {
        services.AddSingleton<ReportFiles>();
        services.AddSingleton<ReportIdentities>();
        services.AddScoped<ScorecardModels>();
        return services;
    }
}
