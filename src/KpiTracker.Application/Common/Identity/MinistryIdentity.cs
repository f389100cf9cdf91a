using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Common.Identity;

/// <summary>
/// Who issues the scorecards: <c>Kpi:Identity</c>. The ministry's name and the issuing department in both languages, and an
/// optional logo (a PNG or JPEG file, at most 512 KB; a relative path is taken from the host's content root). Shown in the
/// page header and on every PDF.
/// </summary>
public sealed class MinistryIdentityOptions
{
    public const string Section = "Kpi:Identity";

    public string NameAr { get; set; } = "";

    public string NameEn { get; set; } = "";

    public string DepartmentAr { get; set; } = "";

    public string DepartmentEn { get; set; } = "";

    public string? LogoPath { get; set; }
}

/// <summary>The identity as configured, with the logo read and checked once at start: a wrong logo stops the host with a clear message.</summary>
public sealed class MinistryIdentity
{
    public const int MaxLogoBytes = 512 * 1024;

    public MinistryIdentity(IOptions<MinistryIdentityOptions> options, IHostEnvironment host)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(host);
        var o = options.Value;
        (NameAr, NameEn, DepartmentAr, DepartmentEn) = (o.NameAr.Trim(), o.NameEn.Trim(), o.DepartmentAr.Trim(), o.DepartmentEn.Trim());
        if (!string.IsNullOrWhiteSpace(o.LogoPath))
        {
            var path = Path.GetFullPath(o.LogoPath, host.ContentRootPath);
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new OptionsValidationException(MinistryIdentityOptions.Section, typeof(MinistryIdentityOptions), [$"Kpi:Identity:LogoPath: no file at {path}."]);
            }

            if (info.Length > MaxLogoBytes)
            {
                throw new OptionsValidationException(MinistryIdentityOptions.Section, typeof(MinistryIdentityOptions), [$"Kpi:Identity:LogoPath: {path} is {info.Length:N0} bytes; the limit is {MaxLogoBytes:N0}."]);
            }

            var bytes = File.ReadAllBytes(path);
            LogoContentType = ContentTypeOf(bytes)
                ?? throw new OptionsValidationException(MinistryIdentityOptions.Section, typeof(MinistryIdentityOptions), [$"Kpi:Identity:LogoPath: {path} is neither a PNG nor a JPEG file."]);
            Logo = bytes;
        }
    }

    public string NameAr { get; }

    public string NameEn { get; }

    public string DepartmentAr { get; }

    public string DepartmentEn { get; }

    /// <summary>The logo file's bytes, or null when none is configured.</summary>
    public ReadOnlyMemory<byte>? Logo { get; }

    /// <summary><c>image/png</c> or <c>image/jpeg</c>, from the file's first bytes; null without a logo.</summary>
    public string? LogoContentType { get; }

    /// <summary>True when anything is configured; an empty identity draws no block.</summary>
    public bool IsSet => NameAr.Length + NameEn.Length + DepartmentAr.Length + DepartmentEn.Length > 0 || Logo is not null;

    /// <summary>The ministry's name in the language asked for, falling back to the other when only one is set.</summary>
    public string Name(bool arabic) => Pick(arabic, NameAr, NameEn);

    /// <summary>The issuing department in the language asked for, falling back to the other when only one is set.</summary>
    public string Department(bool arabic) => Pick(arabic, DepartmentAr, DepartmentEn);

    private static string Pick(bool arabic, string ar, string en) => arabic ? (ar.Length > 0 ? ar : en) : (en.Length > 0 ? en : ar);

    private static string? ContentTypeOf(byte[] bytes) => bytes switch
    {
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => "image/png",
        [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
        _ => null,
    };
}

internal static class MinistryIdentitySetup
{
    public static IServiceCollection AddMinistryIdentity(this IServiceCollection services)
    {
        services.AddOptions<MinistryIdentityOptions>().BindConfiguration(MinistryIdentityOptions.Section);
        services.AddSingleton<MinistryIdentity>();
        return services;
    }
}
