using System.Security.Cryptography;
using KpiTracker.Application.Common.Identity;
using KpiTracker.Reports.Documents;
using SkiaSharp;

namespace KpiTracker.Application.Features.Reports;

/// <summary>
/// The ministry identity as the documents print it: names in the document's language and the logo decoded once for the life of the
/// process (an <see cref="SKImage"/> is immutable and may be drawn by concurrent renders). <see cref="Fingerprint"/> goes into every
/// entity tag, so a changed identity never serves a cached file drawn with the old one.
/// </summary>
public sealed class ReportIdentities : IDisposable
{
    private readonly MinistryIdentity identity;
    private readonly Lazy<SKImage?> logo;

    public ReportIdentities(MinistryIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        this.identity = identity;
        logo = new Lazy<SKImage?>(() => identity.Logo is { } bytes ? SKImage.FromEncodedData(bytes.Span) : null, LazyThreadSafetyMode.ExecutionAndPublication);
        var logoHash = identity.Logo is { } data ? Convert.ToHexStringLower(SHA256.HashData(data.Span)) : "";
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            string.Join('\u001F', identity.NameAr, identity.NameEn, identity.DepartmentAr, identity.DepartmentEn, logoHash))));
    }

    /// <summary>A hash of the names and the logo's bytes.</summary>
    public string Fingerprint { get; }

    /// <summary>The block for a document in this language, or null when no identity is configured.</summary>
    public ReportIdentity? For(ReportLanguage language)
    {
        if (!identity.IsSet)
        {
            return null;
        }

        var ar = language == ReportLanguage.Arabic;
        return new ReportIdentity(identity.Name(ar), identity.Department(ar), logo.Value);
    }

    public void Dispose()
    {
        if (logo.IsValueCreated)
        {
            logo.Value?.Dispose();
        }
    }
}
