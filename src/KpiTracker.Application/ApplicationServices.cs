using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Common.Identity;
using KpiTracker.Application.Common.Idempotency;
using KpiTracker.Application.Features.Accounts;
using KpiTracker.Application.Features.Actions;
using KpiTracker.Application.Features.Audit;
using KpiTracker.Application.Features.Commitments;
using KpiTracker.Application.Features.Cycles;
using KpiTracker.Application.Features.Flags;
using KpiTracker.Application.Features.Evidence;
using KpiTracker.Application.Features.Excel;
using KpiTracker.Application.Features.Frameworks;
using KpiTracker.Application.Features.Identity;
using KpiTracker.Application.Features.Notifications;
using KpiTracker.Application.Features.Notifications.Email;
using KpiTracker.Application.Features.OrgUnits;
using KpiTracker.Application.Features.Reports;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Application.Features.Submissions;
using KpiTracker.Application.Features.Users;
using KpiTracker.Application.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Application;

public static class ApplicationServices
{
    /// <summary>The DbContext, the mediator with its behaviours, the validators, accounts and audit. The host names the migrations assembly; the application does not know it.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, string connectionString, string migrationsAssembly)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<AuditInterceptor>();
        services.AddScoped<ScoringOutbox>();
        services.AddScoped<OutboxInterceptor>();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddDbContext<AppDbContext>((sp, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(migrationsAssembly).EnableRetryOnFailure(3))
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<ScoringOutbox>(), sp.GetRequiredService<OutboxInterceptor>()));
        services.AddScoped<UnitScorer>();
        services.AddSingleton<EditionModels>();
        services.AddSingleton<IScoreSignal, HangfireScoreSignal>();

        services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            // Refusals are audited outermost, after any rollback. Authorization before validation: a caller who may not act
            // learns nothing from validation messages. The transaction innermost, around the handler alone.
            options.PipelineBehaviors =
            [
                typeof(RefusalAuditBehaviour<,>), typeof(AuthorizationBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(TransactionBehaviour<,>),
            ];
        });
        services.AddValidatorsFromAssembly(typeof(ApplicationServices).Assembly, includeInternalTypes: true);
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<AccessChecker>();
        services.AddScoped<AuditContext>();
        services.AddScoped<AuditWriter>();
        services.AddScoped<RefusalAudit>();
        services.AddAuditing();
        services.AddScoped<CommitHooks>();
        services.AddCollection();
        services.AddFileStorage();
        services.AddSpreadsheets();
        services.AddMinistryIdentity();
        services.AddReports();
        services.AddAccounts();
        return services;
    }

    /// <summary>Every JSON API route, under /api.</summary>
    public static RouteGroupBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api");
        api.AddEndpointFilter<IdempotencyFilter>();
        api.MapAccounts();
        api.MapUsers();
        api.MapAudit();
        api.MapFrameworks();
        api.MapOrgUnits();
        api.MapScoring();
        api.MapReports();
        api.MapCycles();
        api.MapSubmissions();
        api.MapActions();
        api.MapCommitments();
        api.MapFlags();
        api.MapNotifications();
        api.MapEvidence();
        api.MapExcel();
        return api;
    }

    /// <summary>The routes outside /api that the pages use: the ministry's logo (<c>/identity/logo</c>).</summary>
    public static void MapPageAssets(this IEndpointRouteBuilder endpoints) => endpoints.MapIdentity();
}
