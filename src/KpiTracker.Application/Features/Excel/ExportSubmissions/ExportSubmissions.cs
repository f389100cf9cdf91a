using KpiTracker.Reports.Words;

namespace KpiTracker.Application.Features.Excel.ExportSubmissions;

public enum ExportFormat
{
    Xlsx,
    Csv,
}

/// <summary>
/// The items of a cycle (of one governorate, or of all), with the current revision's values, as .xlsx or CSV. Only rows the
/// caller may read are included. Text cells that a spreadsheet would take for a formula are neutralised; values are numbers.
/// </summary>
public sealed record ExportSubmissionsQuery(int Year, string? Governorate, ExportFormat Format) : IQuery<Result<SpreadsheetFile>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate);
}

internal sealed class ExportSubmissionsHandler(AppDbContext db, AccessChecker access) : IQueryHandler<ExportSubmissionsQuery, Result<SpreadsheetFile>>
{
    public async ValueTask<Result<SpreadsheetFile>> Handle(ExportSubmissionsQuery query, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Year == query.Year, cancellationToken);
        if (cycle is null)
        {
            return AppError.NotFound("cycle.not_found");
        }

        var indicators = await Spreadsheets.IndicatorsAsync(db, cycle.EditionId, cancellationToken);
        var order = indicators.Select((i, n) => (i.Code, n)).ToDictionary(x => x.Code, x => x.n);
        var byCode = indicators.ToDictionary(i => i.Code);
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(u => u.Code, cancellationToken);
        var items = await db.Submissions.AsNoTracking()
            .Where(s => s.CycleId == cycle.Id && (query.Governorate == null || s.OrgUnitCode == query.Governorate))
            .Select(s => new { s.OrgUnitCode, s.IndicatorCode, s.State, s.SubmittedAt, s.UpdatedAt, Revision = s.Revisions.First(r => r.Number == s.CurrentRevision) })
            .ToListAsync(cancellationToken);

        var arabic = ExcelColumns.IsRightToLeft;
        var rows = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var item in items.OrderBy(i => units.GetValueOrDefault(i.OrgUnitCode)?.Order).ThenBy(i => i.OrgUnitCode, StringComparer.Ordinal)
                     .ThenBy(i => order.GetValueOrDefault(i.IndicatorCode, int.MaxValue)))
        {
            if (!await access.HasAsync(Permission.SubmissionRead, item.OrgUnitCode, item.IndicatorCode, cancellationToken))
            {
                continue;
            }

            var indicator = byCode.GetValueOrDefault(item.IndicatorCode);
            var unit = units.GetValueOrDefault(item.OrgUnitCode);
            var r = item.Revision;
            rows.Add(new Dictionary<string, object?>
            {
                ["year"] = cycle.Year,
                ["governorate"] = item.OrgUnitCode,
                ["governorateName"] = unit is null ? null : arabic ? unit.NameAr : unit.NameEn,
                [ExcelColumns.Code] = item.IndicatorCode,
                ["indicatorName"] = indicator is null ? null : arabic ? indicator.NameAr : indicator.NameEn,
                ["unit"] = indicator is null ? null : Spreadsheets.Unit(indicator.Unit),
                ["state"] = Terms.Get("state." + item.State.ToCode()),
                ["revision"] = r.Number,
                ["value"] = ExcelCells.Number(r.Value),
                ["numerator"] = ExcelCells.Number(r.Numerator),
                ["denominator"] = ExcelCells.Number(r.Denominator),
                ["likertMean"] = ExcelCells.Number(r.LikertMean),
                ["sampleSize"] = r.SampleSize,
                ["population"] = r.Population,
                ["responseRate"] = ExcelCells.Number(r.ResponseRate),
                ["instrument"] = r.Instrument,
                ["comment"] = r.Comment,
                ["justification"] = r.Justification,
                ["analysis"] = r.Analysis,
                ["recommendation"] = r.Recommendation,
                ["evidenceCount"] = r.EvidenceCount,
                ["submittedAt"] = ExcelCells.Instant(item.SubmittedAt),
                ["updatedAt"] = ExcelCells.Instant(item.UpdatedAt),
            });
        }

        var name = $"submissions-{query.Year}{(query.Governorate is null ? "" : "-" + query.Governorate)}";
        return query.Format == ExportFormat.Csv
            ? new SpreadsheetFile(name + ".csv", Spreadsheets.CsvType, Spreadsheets.Csv(ExcelColumns.Export, rows))
            : new SpreadsheetFile(name + ".xlsx", Spreadsheets.XlsxType, Spreadsheets.Xlsx(Messages.Get("excel.sheet.submissions"), ExcelColumns.Export, rows));
    }
}
