using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Common.Files;

/// <summary>Where uploaded files live: <c>Kpi:Storage:Path</c>, outside the web root.</summary>
public sealed class FileStorageOptions
{
    public const string Section = "Kpi:Storage";

    public string Path { get; set; } = "";
}

internal static class FileStorageSetup
{
    public static IServiceCollection AddFileStorage(this IServiceCollection services)
    {
        services.AddOptions<FileStorageOptions>().BindConfiguration(FileStorageOptions.Section);
        services.AddSingleton<IPostConfigureOptions<FileStorageOptions>, DefaultStoragePath>();
        services.AddSingleton<FileStore>();
        return services;
    }

    /// <summary>
    /// Unset, the folder is <c>.data/storage</c> beside the host's content root (the repository's <c>.data</c> when run from
    /// source). Wherever it is, it must not be inside the web root, or the static-file middleware would serve uploads.
    /// </summary>
    private sealed class DefaultStoragePath(IHostEnvironment host, IServiceProvider services) : IPostConfigureOptions<FileStorageOptions>
    {
        public void PostConfigure(string? name, FileStorageOptions options)
        {
            if (string.IsNullOrWhiteSpace(options.Path))
            {
                options.Path = Path.Combine(host.ContentRootPath, "..", ".data", "storage");
            }

            options.Path = Path.GetFullPath(options.Path, host.ContentRootPath);
            if (services.GetService<IWebHostEnvironment>()?.WebRootPath is { Length: > 0 } webRoot)
            {
                var root = Path.GetFullPath(webRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
                if ((options.Path + Path.DirectorySeparatorChar).StartsWith(root, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"Kpi:Storage:Path ({options.Path}) is inside the web root ({webRoot}); uploads would be served as static files.");
                }
            }
        }
    }
}
