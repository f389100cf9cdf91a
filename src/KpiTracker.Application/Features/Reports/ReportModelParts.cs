using PdfBand = KpiTracker.Reports.Documents.Band;

namespace KpiTracker.Application.Features.Reports;

/// <summary>
/// What the scorecard and comparison models share: the edition with its bands, the governorates' names, band codes placed on
/// the document's five bands, and medians (null for none, which the documents print as an em dash).
/// </summary>
internal static class ReportModelParts
{
    public static Task<FrameworkEdition> EditionAsync(AppDbContext db, Guid editionId, CancellationToken cancellationToken) =>
        db.FrameworkEditions.AsNoTracking().Include(e => e.Bands).SingleAsync(e => e.Id == editionId, cancellationToken);

    /// <summary>The governorates' names by code.</summary>
    public static async Task<Dictionary<string, (string Ar, string En)>> NamesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        (await db.OrgUnits.AsNoTracking().Where(o => o.Kind == Domain.Organisation.OrgUnitKind.Governorate)
            .Select(o => new { o.Code, o.NameAr, o.NameEn }).ToListAsync(cancellationToken))
        .ToDictionary(o => o.Code, o => (o.NameAr, o.NameEn), StringComparer.Ordinal);

    /// <summary>
    /// The document colours five bands. The default edition's band codes are their names; another edition's bands are placed
    /// by their position from the lowest, spread over the five colours.
    /// </summary>
    public static PdfBand? BandOf(FrameworkEdition edition, string? code)
    {
        if (code is null)
        {
            return null;
        }

        if (Enum.TryParse<PdfBand>(code, ignoreCase: true, out var named) && Enum.IsDefined(named) && !int.TryParse(code, out _))
        {
            return named;
        }

        var ordered = edition.Bands.OrderBy(b => b.MinScore).Select(b => b.Code).ToList();
        var index = ordered.IndexOf(code);
        if (index < 0)
        {
            return null;
        }

        var top = (int)PdfBand.Leading;
        return (PdfBand)(ordered.Count == 1 ? top : (int)Math.Round(index * (decimal)top / (ordered.Count - 1), MidpointRounding.AwayFromZero));
    }

    public static string? BandName(FrameworkEdition edition, string? code, bool ar) =>
        edition.Bands.FirstOrDefault(b => b.Code == code) is { } band ? (ar ? band.NameAr : band.NameEn) : null;
}
