using KpiTracker.Application.Features.Scoring;

namespace KpiTracker.Application.Features.Commitments;

/// <summary>
/// A governorate's commitments table for the cycle after <c>year</c>: every indicator with its ambition check and the commitment
/// so far. Read by the table's query and written out by the commitments template, so the two show the same figures.
/// </summary>
internal static class CommitmentSheets
{
    public static async Task<Result<CommitmentSheetDto>> ReadAsync(AppDbContext db, EditionModels editions, int year, string governorate, CancellationToken cancellationToken)
    {
        var (scope, error) = await CommitmentScope.LoadAsync(db, year, governorate, cancellationToken);
        if (scope is null)
        {
            return error!;
        }

        var checks = await AmbitionChecks.ForAsync(db, editions, year, governorate, scope.Indicators, cancellationToken);
        var commitments = await db.Commitments.AsNoTracking()
            .Where(c => c.Year == year + 1 && c.OrgUnitCode == governorate)
            .ToDictionaryAsync(c => c.IndicatorCode, StringComparer.Ordinal, cancellationToken);
        var rows = scope.Indicators.Select(i => new CommitmentRowDto(
            i.Code,
            CommitmentScope.Name(i),
            i.Direction,
            i.Unit,
            i.AllowedMin,
            i.AllowedMax,
            AmbitionChecks.ToDto(checks[i.Code], i),
            commitments.TryGetValue(i.Code, out var c) ? Commitments.ToDto(c, checks[i.Code]) : null));
        return new CommitmentSheetDto(year, year + 1, governorate, await Commitments.OpenAsync(db, year + 1, cancellationToken), [.. rows]);
    }
}
