using System.Globalization;
using System.Text;
using KpiTracker.Application.Data.Jobs;
using KpiTracker.Application.Features.Notifications.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KpiTracker.Application.Features.Notifications.SendOutbox;

/// <summary>
/// Job: sends the due rows of the email outbox through SMTP (MailKit). Each row is first claimed in a short transaction
/// (<c>FOR UPDATE SKIP LOCKED</c>, its attempt counted and its next attempt pushed past a lease), so two senders never take
/// the same row; then it is sent and marked sent, or its error kept and its next attempt set by <see cref="OutboxPolicy"/>.
/// A process that dies mid-send leaves the row to come back after the lease: email is at least once. Without SMTP
/// configured it does nothing. The claim commits before the send and each row's outcome after it (<see cref="IOwnUnitsOfWork"/>):
/// a transaction must not stay open across a conversation with the mail server.
/// </summary>
public sealed record SendOutboxCommand : ICommand<OutboxSummary>, ISystemMessage, IOwnUnitsOfWork;

public sealed record OutboxSummary(int Sent, int Failed, int GaveUp);

internal sealed class SendOutboxHandler(AppDbContext db, IOptionsMonitor<SmtpOptions> options, TimeProvider clock, ILogger<SendOutboxHandler> logger)
    : ICommandHandler<SendOutboxCommand, OutboxSummary>
{
    private const int Batch = 50;

    /// <summary>How long a claimed row stays out of other senders' reach; longer than a batch can take.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);

    private static readonly CultureInfo Arabic = CultureInfo.GetCultureInfo("ar");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    public async ValueTask<OutboxSummary> Handle(SendOutboxCommand command, CancellationToken cancellationToken)
    {
        var smtp = options.CurrentValue;
        if (!smtp.Enabled)
        {
            return new OutboxSummary(0, 0, 0);
        }

        var now = clock.GetUtcNow();
        var claimed = await db.OutboxEmails.FromSql($"""
                UPDATE outbox_emails SET attempts = attempts + 1, next_attempt_at = {now + Lease}
                WHERE id IN (SELECT id FROM outbox_emails WHERE sent_at IS NULL AND gave_up_at IS NULL AND next_attempt_at <= {now}
                             ORDER BY next_attempt_at LIMIT {Batch} FOR UPDATE SKIP LOCKED)
                RETURNING *
                """).AsNoTracking().ToListAsync(cancellationToken);
        if (claimed.Count == 0)
        {
            return new OutboxSummary(0, 0, 0);
        }

        var messages = await ComposeAsync(claimed, smtp, cancellationToken);
        int sent = 0, failed = 0, gaveUp = 0;
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        Exception? connectError = null;
        try
        {
            await client.ConnectAsync(smtp.Host!, smtp.Port, SecurityOf(smtp.Security), cancellationToken);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
            }
        }
#pragma warning disable CA1031 // Any failure to reach the server is an attempt that failed; the rows keep it and retry.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            connectError = ex;
        }

        foreach (var row in claimed)
        {
            Exception? error = connectError;
            if (error is null && messages.TryGetValue(row.Id, out var message))
            {
                try
                {
                    await client.SendAsync(message, cancellationToken);
                }
#pragma warning disable CA1031 // As above: the row records the error and is tried again later.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    error = ex;
                }
            }
            else if (error is null)
            {
                await MarkAsync(row.Id, clock.GetUtcNow(), null, "recipient has no email address", giveUp: true, cancellationToken);
                gaveUp++;
                continue;
            }

            var at = clock.GetUtcNow();
            if (error is null)
            {
                await MarkAsync(row.Id, at, at, null, giveUp: false, cancellationToken);
                sent++;
            }
            else if (row.Attempts >= OutboxPolicy.MaxAttempts)
            {
                logger.LogError(error, "Email {OutboxId} failed {Attempts} times; giving up.", row.Id, row.Attempts);
                await MarkAsync(row.Id, at, null, Describe(error), giveUp: true, cancellationToken);
                gaveUp++;
            }
            else
            {
                logger.LogWarning(error, "Email {OutboxId} failed (attempt {Attempts}); trying again later.", row.Id, row.Attempts);
                await MarkAsync(row.Id, at + OutboxPolicy.DelayAfter(row.Attempts), null, Describe(error), giveUp: false, cancellationToken);
                failed++;
            }
        }

        if (client.IsConnected)
        {
            await client.DisconnectAsync(quit: true, cancellationToken);
        }

        return new OutboxSummary(sent, failed, gaveUp);
    }

    /// <summary>What the row keeps of a failure: the server's reply code when there is one, and the message.</summary>
    private static string Describe(Exception error) => error switch
    {
        SmtpCommandException command => $"{(int)command.StatusCode} {command.Message}",
        _ => $"{error.GetType().Name}: {error.Message}",
    };

    private Task<int> MarkAsync(Guid id, DateTimeOffset next, DateTimeOffset? sentAt, string? error, bool giveUp, CancellationToken cancellationToken)
    {
        var trimmed = error is { Length: > 2000 } ? error[..2000] : error;
        var gaveUpAt = giveUp ? clock.GetUtcNow() : (DateTimeOffset?)null;
        return db.OutboxEmails.Where(e => e.Id == id).ExecuteUpdateAsync(
            s => s.SetProperty(e => e.NextAttemptAt, next).SetProperty(e => e.SentAt, sentAt).SetProperty(e => e.LastError, trimmed).SetProperty(e => e.GaveUpAt, gaveUpAt),
            cancellationToken);
    }

    /// <summary>One message per row whose recipient has an address: the notification in Arabic, then in English.</summary>
    private async Task<Dictionary<Guid, MimeMessage>> ComposeAsync(List<OutboxEmail> rows, SmtpOptions smtp, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.NotificationId).ToList();
        var notifications = await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
        var userIds = rows.Select(r => r.UserId).Distinct().ToList();
        var addresses = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id) && u.Email != null && u.Email != "")
            .ToDictionaryAsync(u => u.Id, u => (u.Email!, u.DisplayName), cancellationToken);
        var arabic = await TextInAsync(Arabic, notifications, cancellationToken);
        var english = await TextInAsync(English, notifications, cancellationToken);
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

    private async Task<Dictionary<Guid, (string Text, string Link)>> TextInAsync(CultureInfo culture, List<Domain.Collection.Notification> notifications, CancellationToken cancellationToken)
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

    private static SecureSocketOptions SecurityOf(string value) => value.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
