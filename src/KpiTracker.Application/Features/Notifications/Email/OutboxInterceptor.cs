using KpiTracker.Application.Data.Jobs;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace KpiTracker.Application.Features.Notifications.Email;

/// <summary>
/// When SMTP is configured, adds an <see cref="OutboxEmail"/> for every notification being saved, to the same SaveChanges and
/// so to the same transaction: the email exists exactly when the notification does. The sender job does the rest.
/// </summary>
internal sealed class OutboxInterceptor(IOptionsMonitor<SmtpOptions> smtp, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        AddEmails(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        AddEmails(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void AddEmails(DbContext? context)
    {
        if (context is null || !smtp.CurrentValue.Enabled)
        {
            return;
        }

        var added = context.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        if (added.Count == 0)
        {
            return;
        }

        // A SaveChanges retried after a failure sees its notifications still added: do not queue their emails twice.
        var queued = context.ChangeTracker.Entries<OutboxEmail>().Select(e => e.Entity.NotificationId).ToHashSet();
        var now = clock.GetUtcNow();
        foreach (var notification in added.Where(n => !queued.Contains(n.Id)))
        {
            context.Add(new OutboxEmail { Id = Guid.NewGuid(), NotificationId = notification.Id, UserId = notification.UserId, CreatedAt = now, NextAttemptAt = now });
        }
    }
}
