using Microsoft.Extensions.DependencyInjection;

namespace KpiTracker.Application.Features.Submissions;

internal static class CollectionServices
{
    /// <summary>The pieces the submission slices share: loading and reading items, running a change, notifying.</summary>
    public static IServiceCollection AddCollection(this IServiceCollection services) =>
        services.AddScoped<SubmissionReader>().AddScoped<SubmissionWorkflow>().AddScoped<Notifier>().AddScoped<SeparateDuties>();
}
