namespace KpiTracker.Application.Features.Notifications;

/// <summary>
/// One notification, worded in the reader's language. <see cref="Kind"/>: submission_submitted (to reviewers),
/// submission_returned, not_applicable_granted, not_applicable_refused, submission_reopened (to owners).
/// </summary>
public sealed record NotificationDto(
    Guid Id,
    string Kind,
    int Year,
    string Governorate,
    string Indicator,
    string? ReturnReason,
    string Message,
    string? Actor,
    string Link,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt);

public sealed record NotificationPage(int Unread, IReadOnlyList<NotificationDto> Items);
