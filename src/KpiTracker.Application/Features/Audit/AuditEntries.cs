namespace KpiTracker.Application.Features.Audit;

public sealed record AuditRecordDto(
    long Seq, DateTimeOffset At, string? UserName, string? Role, string Action, string Entity, string? EntityKey,
    string? OldValues, string? NewValues, string? Reason, string? ClientAddress, string? CorrelationId, string? Hash);

public sealed record AuditPage(int Page, int PageSize, int Total, IReadOnlyList<AuditRecordDto> Items);

/// <summary>Which records to show: a user, an entity, an action prefix, a time range; each optional.</summary>
public sealed record AuditFilter(string? User, string? Entity, string? Action, DateTimeOffset? From, DateTimeOffset? To);

/// <summary>The audit log, newest first, filtered and paged.</summary>
internal static class AuditEntries
{
    public static async Task<AuditPage> PageAsync(AppDbContext db, AuditFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            rows = rows.Where(a => a.UserName == filter.User);
        }

        if (!string.IsNullOrWhiteSpace(filter.Entity))
        {
            rows = rows.Where(a => a.Entity == filter.Entity);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            rows = rows.Where(a => a.Action.StartsWith(filter.Action));
        }

        if (filter.From is { } from)
        {
            rows = rows.Where(a => a.At >= from.ToUniversalTime());
        }

        if (filter.To is { } to)
        {
            rows = rows.Where(a => a.At <= to.ToUniversalTime());
        }

        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(a => a.Seq)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Select(a => new AuditRecordDto(a.Seq, a.At, a.UserName, a.Role, a.Action, a.Entity, a.EntityKey, a.OldValues, a.NewValues, a.Reason, a.ClientAddress, a.CorrelationId, a.Hash))
            .ToListAsync(cancellationToken);
        return new AuditPage(page, pageSize, total, items);
    }
}
