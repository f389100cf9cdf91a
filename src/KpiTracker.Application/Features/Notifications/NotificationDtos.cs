namespace KpiTracker.Application.Features.Notifications;

/// <summary>
/// One notification, worded in the reader's language. <see cref="Kind"/>: submission_submitted (to reviewers),
/// submission_returned, not_applicable_granted, not_applicable_refused, submission_reopened (to owners), and the improvement
/// loop's commitment and action notices. <see cref="Link"/>: the path of the page it is about (the item, the commitments table,
/// the governorate's actions), as the notifications page and the e-mails link to it.
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
