using KpiTracker.Application.Data.Jobs;
using KpiTracker.Application.Features.Notifications.Email;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

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

        var messages = await OutboxMessages.ComposeAsync(db, claimed, smtp, cancellationToken);
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

    private static SecureSocketOptions SecurityOf(string value) => value.ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "starttls" => SecureSocketOptions.StartTls,
        "ssl" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
