using KpiTracker.Application.Data.Configurations;
using KpiTracker.Reports.Words;

namespace KpiTracker.Application.Features.Excel.DownloadTemplate;

/// <summary>
/// The entry template of one governorate and cycle: one row per indicator the caller may see there (an owner's own
/// indicators; every indicator for reviewers and the central team), with its bounds, the current draft values and the item's
/// version, which the import compares so that a template made before someone else's change cannot overwrite it.
/// </summary>
public sealed record DownloadTemplateQuery(int Year, string Governorate) : IQuery<Result<SpreadsheetFile>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.SubmissionRead, Governorate);
}

internal sealed class DownloadTemplateHandler(AppDbContext db, AccessChecker access) : IQueryHandler<DownloadTemplateQuery, Result<SpreadsheetFile>>
{
    public async ValueTask<Result<SpreadsheetFile>> Handle(DownloadTemplateQuery query, CancellationToken cancellationToken)
    {
        var cycle = await db.Cycles.AsNoTracking().FirstOrDefaultAsync(c => c.Year == query.Year, cancellationToken);
        if (cycle is null)
        {
            return AppError.NotFound("cycle.not_found");
        }

        var items = await db.Submissions.AsNoTracking()
            .Where(s => s.CycleId == cycle.Id && s.OrgUnitCode == query.Governorate)
            .Select(s => new
            {
                s.IndicatorCode, s.State, Version = EF.Property<uint>(s, SubmissionConfiguration.Version),
                Revision = s.Revisions.First(r => r.Number == s.CurrentRevision),
            })
            .ToDictionaryAsync(s => s.IndicatorCode, cancellationToken);
        if (items.Count == 0)
        {
            return AppError.NotFound("submission.not_found");
        }

        var rows = new List<IReadOnlyDictionary<string, object?>>();
        foreach (var indicator in await Spreadsheets.IndicatorsAsync(db, cycle.EditionId, cancellationToken))
        {
            if (!items.TryGetValue(indicator.Code, out var item) || !await access.HasAsync(Permission.SubmissionRead, query.Governorate, indicator.Code, cancellationToken))
            {
                continue;
            }

            var r = item.Revision;
            rows.Add(new Dictionary<string, object?>
            {
                [ExcelColumns.Code] = indicator.Code,
                ["nameAr"] = indicator.NameAr,
                ["nameEn"] = indicator.NameEn,
                ["unit"] = Spreadsheets.Unit(indicator.Unit),
                ["allowedMin"] = ExcelCells.Number(indicator.AllowedMin),
                ["allowedMax"] = ExcelCells.Number(indicator.AllowedMax),
                ["expectedMin"] = ExcelCells.Number(indicator.ExpectedMin),
                ["expectedMax"] = ExcelCells.Number(indicator.ExpectedMax),
                ["state"] = Terms.Get("state." + item.State.ToCode()),
                ["value"] = r.Numerator is null && r.LikertMean is null ? ExcelCells.Number(r.Value) : null,
                ["numerator"] = ExcelCells.Number(r.Numerator),
                ["denominator"] = ExcelCells.Number(r.Denominator),
                ["likertMean"] = ExcelCells.Number(r.LikertMean),
                ["sampleSize"] = r.SampleSize,
                ["population"] = r.Population,
                ["responseRate"] = ExcelCells.Number(r.ResponseRate),
                ["instrument"] = r.Instrument,
                ["comment"] = r.Comment,
                ["justification"] = r.Justification,
                [ExcelColumns.Version] = (long)item.Version,
            });
        }

        var content = Spreadsheets.Xlsx(Messages.Get("excel.sheet.template"), ExcelColumns.Template, rows);
        return new SpreadsheetFile($"template-{query.Year}-{query.Governorate}.xlsx", Spreadsheets.XlsxType, content);
    }
}
