using System.Globalization;
using KpiTracker.Application.Features.Excel;
using KpiTracker.Application.Features.Scoring;
using KpiTracker.Domain.Improvement;
using KpiTracker.Reports.Words;

namespace KpiTracker.Application.Features.Commitments.DownloadCommitmentTemplate;

/// <summary>
/// The governorate reviewer's commitments template for the cycle after <see cref="Year"/>: one row per indicator of the
/// commitments table, in framework order, with the figures of that table (read by the same <see cref="CommitmentSheets"/>, so
/// the numbers are the same), the commitment so far, and the commitment value to fill in (the current one, unless it was returned).
/// </summary>
public sealed record DownloadCommitmentTemplateQuery(int Year, string Governorate) : IQuery<Result<SpreadsheetFile>>, IRequireAccess
{
    public AccessRequirement Access => new(Permission.CommitmentPropose, Governorate);
}

internal sealed class DownloadCommitmentTemplateHandler(AppDbContext db, EditionModels editions) : IQueryHandler<DownloadCommitmentTemplateQuery, Result<SpreadsheetFile>>
{
    public async ValueTask<Result<SpreadsheetFile>> Handle(DownloadCommitmentTemplateQuery query, CancellationToken cancellationToken)
    {
        var sheet = await CommitmentSheets.ReadAsync(db, editions, query.Year, query.Governorate, cancellationToken);
        if (!sheet.IsSuccess)
        {
            return sheet.Error!;
        }

        var content = Spreadsheets.Xlsx(Messages.Get("excel.sheet.commitments", sheet.Value.ForYear), CommitmentTemplate.Columns, sheet.Value.Rows.Select(Row));
        return new SpreadsheetFile($"commitments-{query.Year}-{query.Governorate}.xlsx", Spreadsheets.XlsxType, content);
    }

    private static IReadOnlyDictionary<string, object?> Row(CommitmentRowDto row)
    {
        var (a, c) = (row.Ambition, row.Commitment);
        return new Dictionary<string, object?>
        {
            [ExcelColumns.Code] = row.Indicator,
            ["indicatorName"] = row.Name,
            ["unit"] = Spreadsheets.Unit(row.Unit),
            ["direction"] = Messages.Get("excel.direction." + row.Direction.ToCode()),
            ["current"] = ExcelCells.Number(a.Current),
            ["trend"] = a.Projection is { } p ? Math.Round(p, 2) : null, // as the table shows it
            ["nationalMedian"] = ExcelCells.Number(a.NationalMedian),
            ["nationalBest"] = ExcelCells.Number(a.NationalBest),
            ["target"] = row.Direction == IndicatorDirection.Range ? $"{Plain(a.TargetLow)}–{Plain(a.TargetHigh)}" : ExcelCells.Number(a.Target),
            ["nextBandValue"] = ExcelCells.Number(a.NextBandValue),
            ["committed"] = ExcelCells.Number(c?.Value),
            ["commitmentStatus"] = c is null ? null : Status(c.Status),

            // A returned value is not offered again: uploaded unchanged, it would be proposed again as it was.
            [CommitmentTemplate.Value] = c is { Status: not CommitmentStatus.Returned } ? ExcelCells.Number(c.Value) : null,
        };
    }

    private static string? Plain(decimal? value) => ExcelCells.Number(value)?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Returned and locked are the item states' words, as on the commitments page.</summary>
    private static string Status(CommitmentStatus status) => status is CommitmentStatus.Returned or CommitmentStatus.Locked
        ? Terms.Get("state." + status.ToCode())
        : Messages.Get("excel.commitment." + status.ToCode());
}
