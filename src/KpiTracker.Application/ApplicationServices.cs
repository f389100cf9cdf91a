using FluentValidation;
using KpiTracker.Application.Common;
using KpiTracker.Application.Data;
using KpiTracker.Application.Features.Frameworks;
using KpiTracker.Application.Features.OrgUnits.ListOrgUnits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Application;

public static class ApplicationServices
{
    /// <summary>The DbContext, the mediator with its behaviours, and the validators. The host names the migrations assembly; the application does not know it.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, string connectionString, string migrationsAssembly)
    {
        services.AddDbContext<AppDbContext>(options => options.UseNpgsql(
            connectionString,
            npgsql => npgsql.MigrationsAssembly(migrationsAssembly).EnableRetryOnFailure(3)));

        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.PipelineBehaviors = [typeof(ValidationBehaviour<,>)];
        });
        services.AddValidatorsFromAssembly(typeof(ApplicationServices).Assembly, includeInternalTypes: true);
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Every JSON API route, under /api.</summary>
    public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.MapFrameworks();
        api.MapOrgUnits();
        return api;
    }
}
