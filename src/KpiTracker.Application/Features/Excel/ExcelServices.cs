using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Application.Features.Excel;

internal static class ExcelServices
{
    public static IServiceCollection AddSpreadsheets(this IServiceCollection services)
    {
        services.AddOptions<ImportThrottleOptions>().BindConfiguration(ImportThrottleOptions.Section);
        return services.AddSingleton<ImportThrottle>();
    }
}
