using System.Text;
using KpiTracker.Application.Features.Notifications.SendOutbox;
using KpiTracker.Application.Features.Notifications.SendReminders;
using KpiTracker.Domain.Access;
using KpiTracker.IntegrationTests.Features.Scoring;
using KpiTracker.IntegrationTests.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace KpiTracker.IntegrationTests.Features.Notifications;

/// <summary>
/// The email outbox against a real SMTP conversation: a second host on the same database with <c>Kpi:Smtp</c> pointing at
/// <see cref="SmtpTestServer"/>. Notifications come from the reminder job (an owner with an address and one without).
/// </summary>
[Collection(SecondDatabaseGroup.Name)]
public sealed class SendOutboxTests(DatabaseFixture fixture) : IntegrationTest(fixture)
{
    private static readonly DateTimeOffset Day7 = new(2026, 1, 24, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_notification_is_emailed_in_Arabic_and_English_and_its_outbox_row_is_marked_sent()
    {
        await using var smtp = new SmtpTestServer();
        await using var host = SmtpHost(smtp.Port);
        await ArrangeAsync();
        Fixture.Clock.SetUtcNow(Day7);

        await SendAsync(host, new SendRemindersCommand());
        var queued = await Fixture.WithDbAsync(db => db.OutboxEmails.AsNoTracking().ToListAsync());
        var notifications = await Fixture.WithDbAsync(db => db.Notifications.AsNoTracking().ToListAsync());
        // One row per notification, each pointing at its own: written in the same transaction.
        Assert.Equal(2, notifications.Count);
        Assert.Equal(notifications.Select(n => n.Id).Order(), queued.Select(q => q.NotificationId).Order());

        var summary = await SendAsync(host, new SendOutboxCommand());

        Assert.Equal(new OutboxSummary(1, 0, 1), summary);
        var (to, data) = Assert.Single(smtp.Received);
        Assert.Equal(["owner@example.om"], to);
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.UTF8.GetBytes(data)));
        Assert.Contains("noreply@kpi.example.om", message.From.ToString(), StringComparison.Ordinal);
        Assert.Contains("إشعار جديد", message.Subject, StringComparison.Ordinal);
        Assert.Contains("بقي على الموعد النهائي للتقديم 7 أيام", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("is not submitted yet: the submission deadline is in 7 days", message.TextBody, StringComparison.Ordinal);
        var rows = await Fixture.WithDbAsync(db => db.OutboxEmails.AsNoTracking().ToListAsync());
        var sent = Assert.Single(rows, r => r.SentAt is not null);
        Assert.Equal((1, null), (sent.Attempts, sent.LastError));
        var noAddress = Assert.Single(rows, r => r.SentAt is null);
        Assert.NotNull(noAddress.GaveUpAt);

        // Nothing is due any more: a second run sends nothing.
        Assert.Equal(new OutboxSummary(0, 0, 0), await SendAsync(host, new SendOutboxCommand()));
        Assert.Single(smtp.Received);
    }

    [Fact]
    public async Task A_failing_server_leads_to_a_later_retry_not_to_a_lost_email()
    {
        await using var smtp = new SmtpTestServer { Refuse = true };
        await using var host = SmtpHost(smtp.Port);
        await ArrangeAsync(withSecondOwner: false);
        Fixture.Clock.SetUtcNow(Day7);
        await SendAsync(host, new SendRemindersCommand());

        Assert.Equal(new OutboxSummary(0, 1, 0), await SendAsync(host, new SendOutboxCommand()));
        var failed = await Fixture.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync());
        Assert.Equal(1, failed.Attempts);
        Assert.Null(failed.SentAt);
        Assert.Null(failed.GaveUpAt);
        Assert.Contains("554 test server: no mail service here", failed.LastError, StringComparison.Ordinal);
        Assert.True(failed.NextAttemptAt > Fixture.Clock.GetUtcNow(), "the next attempt waits for the back-off");

        // Before the back-off has passed nothing is tried, even with the server back.
        smtp.Refuse = false;
        var connections = smtp.Connections;
        Assert.Equal(new OutboxSummary(0, 0, 0), await SendAsync(host, new SendOutboxCommand()));
        Assert.Equal(connections, smtp.Connections);

        Fixture.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(new OutboxSummary(1, 0, 0), await SendAsync(host, new SendOutboxCommand()));
        Assert.Single(smtp.Received);
        var sent = await Fixture.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync());
        Assert.Equal(2, sent.Attempts);
        Assert.NotNull(sent.SentAt);
    }

    /// <summary>A cycle with OM-BS CUS-01 still a draft, and owners of it with and without an email address.</summary>
    private async Task ArrangeAsync(bool withSecondOwner = true)
    {
        var data = await ScoringData.OpenAsync(Fixture);
        await Fixture.ExecuteAsOwnerAsync($"UPDATE submissions SET state = 'draft', accepted_at = NULL WHERE cycle_id = '{data.CycleId}' AND org_unit_code = 'OM-BS' AND indicator_code = 'CUS-01'");
        var owner = await Fixture.Users.CreateAsync("owner.mail", (Role.IndicatorOwner, "OM-BS", "CUS-01"));
        await Fixture.ExecuteAsOwnerAsync($"UPDATE users SET email = 'owner@example.om', normalized_email = 'OWNER@EXAMPLE.OM' WHERE id = '{owner.Id}'");
        if (withSecondOwner)
        {
            await Fixture.Users.CreateAsync("owner.nomail", (Role.IndicatorOwner, "OM-BS", "CUS-01"));
        }
    }

    /// <summary>The same application on the same database and clock, with SMTP configured.</summary>
    private WebApplicationFactory<Program> SmtpHost(int port) => Fixture.Factory.WithWebHostBuilder(b => b
        .UseSetting("Kpi:Smtp:Host", "127.0.0.1")
        .UseSetting("Kpi:Smtp:Port", port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .UseSetting("Kpi:Smtp:Security", "none")
        .UseSetting("Kpi:Smtp:From", "KpiTracker <noreply@kpi.example.om>")
        .UseSetting("Kpi:Smtp:TimeoutSeconds", "10"));

    private static async Task<T> SendAsync<T>(WebApplicationFactory<Program> host, ICommand<T> command)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(command);
    }
}
