using System.Globalization;
using KpiTracker.Reports.Words;

namespace KpiTracker.Application.Features.Notifications;

/// <summary>Words notifications in the current language, naming the indicator and governorate as the reader knows them.</summary>
internal static class NotificationText
{
    public static async Task<List<NotificationDto>> ToDtosAsync(AppDbContext db, IReadOnlyList<Notification> items, CancellationToken cancellationToken)
    {
        var arabic = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";
        var units = await db.OrgUnits.AsNoTracking().ToDictionaryAsync(o => o.Code, o => arabic ? o.NameAr : o.NameEn, cancellationToken);
        var years = items.Select(n => n.Year).Distinct().ToList();
        var indicators = (await db.Cycles.AsNoTracking().Where(c => years.Contains(c.Year))
                .SelectMany(c => db.Indicators.Where(i => db.Criteria.Any(k => k.Id == i.CriterionId && k.EditionId == c.EditionId))
                    .Select(i => new { c.Year, i.Code, i.NameAr, i.NameEn }))
                .ToListAsync(cancellationToken))
            .ToDictionary(i => (i.Year, i.Code), i => arabic ? i.NameAr : i.NameEn);
        return [.. items.Select(n =>
        {
            var indicator = indicators.TryGetValue((n.Year, n.IndicatorCode), out var name) ? $"{n.IndicatorCode} {name}" : n.IndicatorCode;
            var unit = units.GetValueOrDefault(n.OrgUnitCode, n.OrgUnitCode);
            var reason = n.ReturnReason is { } r ? Messages.Get("return_reason." + r.ToCode()) : "";
            return new NotificationDto(
                n.Id,
                n.Kind.ToCode(),
                n.Year,
                n.OrgUnitCode,
                n.IndicatorCode,
                n.ReturnReason?.ToCode(),
                Messages.Get("notification." + n.Kind.ToCode(), indicator, unit, n.Year, reason, Days(n.Days ?? 0)),
                n.Actor,
                PageOf(n),
                n.CreatedAt,
                n.ReadAt);
        })];
    }

    /// <summary>
    /// The page a notification is about: the central team's list of a governorate's proposals, the governorate's commitments table
    /// (a commitment's year is the cycle it is for; the table is the year before's), the governorate's actions on the indicator,
    /// or the item itself.
    /// </summary>
    public static string PageOf(Notification n) => n.Kind switch
    {
        NotificationKind.CommitmentProposed => $"/cycles/{n.Year - 1}/commitments?gov={n.OrgUnitCode}&status=proposed",
        NotificationKind.CommitmentReturned or NotificationKind.CommitmentApproved => $"/cycles/{n.Year - 1}/commitments/{n.OrgUnitCode}",
        NotificationKind.ActionDueSoon or NotificationKind.ActionOverdue => $"/governorates/{n.OrgUnitCode}/actions?indicator={n.IndicatorCode}",
        _ => $"/cycles/{n.Year}/submissions/{n.OrgUnitCode}/{n.IndicatorCode}",
    };

    /// <summary>"7 days", "يومان", "15 يومًا": the plural form from ICU, the digits as every number of the message.</summary>
    private static string Days(int days) => Terms.Count("count.days", days, days.ToString(CultureInfo.CurrentCulture));
}
