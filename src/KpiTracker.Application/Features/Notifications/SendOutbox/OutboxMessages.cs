using System.Globalization;
using System.Text;
using KpiTracker.Application.Data.Jobs;
using KpiTracker.Application.Features.Notifications.Email;
using MimeKit;

namespace KpiTracker.Application.Features.Notifications.SendOutbox;

/// <summary>The emails of claimed outbox rows: each notification's text and link in Arabic, then in English, as plain text.</summary>
internal static class OutboxMessages
{
    private static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>One message per row whose recipient has an address: the notification in Arabic, then in English.</summary>
    public static async Task<Dictionary<Guid, MimeMessage>> ComposeAsync(AppDbContext db, List<OutboxEmail> rows, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.NotificationId).ToList();
        var notifications = await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
        var userIds = rows.Select(r => r.UserId).Distinct().ToList();
        var addresses = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.Email != null && u.Email != "")
            .ToDictionaryAsync(u => u.Id, u => (u.Email!, u.DisplayName), cancellationToken);
        var arabic = await TextInAsync(db, Arabic, notifications, cancellationToken);
        var english = await TextInAsync(db, English, notifications, cancellationToken);
        var messages = new Dictionary<Guid, MimeMessage>();
        foreach (var row in rows)
        {
            if (!addresses.TryGetValue(row.UserId, out var to) || !arabic.TryGetValue(row.NotificationId, out var ar))
            {
                continue;
            }

            var en = english[row.NotificationId];
            var message = new MimeMessage();
            message.From.Add(MailboxAddress.Parse(smtp.From!));
            message.To.Add(new MailboxAddress(to.DisplayName, to.Item1));
            message.Subject = $"{Messages.In(Arabic, "email.subject")} | {Messages.In(English, "email.subject")}";
            message.MessageId = MimeKit.Utils.MimeUtils.GenerateMessageId();
            message.Headers.Add("X-Kpi-Outbox-Id", row.Id.ToString());
            var body = new StringBuilder()
                .AppendLine(ar.Text).AppendLine(ar.Link).AppendLine().AppendLine("—").AppendLine()
                .AppendLine(en.Text).AppendLine(en.Link).AppendLine().Append(Messages.In(Arabic, "email.footer")).Append(" / ").AppendLine(Messages.In(English, "email.footer"));
            message.Body = new TextPart("plain") { Text = body.ToString() };
            messages[row.Id] = message;
        }

        return messages;
    }

    private static async Task<Dictionary<Guid, (string Text, string Link)>> TextInAsync(AppDbContext db, CultureInfo culture, List<Domain.Collection.Notification> notifications, CancellationToken cancellationToken)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
            return (await NotificationText.ToDtosAsync(db, notifications, cancellationToken)).ToDictionary(d => d.Id, d => (d.Message, d.Link));
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = current;
        }
    }
}
