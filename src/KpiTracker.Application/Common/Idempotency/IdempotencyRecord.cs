namespace KpiTracker.Application.Common.Idempotency;

/// <summary>
/// The first answer to a POST sent with an <c>Idempotency-Key</c>, per user and key: the request's route and hash, and the
/// response's status, headers and body to replay. A row without a status is a request still being handled.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public string Key { get; set; } = "";
    public string Route { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public int? ResponseStatus { get; set; }
    public string? ResponseContentType { get; set; }
    public string? ResponseETag { get; set; }
    public string? ResponseLocation { get; set; }
    public byte[]? ResponseBody { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}
