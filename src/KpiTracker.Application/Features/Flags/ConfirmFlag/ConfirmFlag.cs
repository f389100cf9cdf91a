using System.Text.Json;
using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Auditing;
using KpiTracker.Application.Common.Security;
using KpiTracker.Application.Data;
using KpiTracker.Domain.Access;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KpiTracker.Application.Features.Flags.ConfirmFlag;

/// <summary>Governorate reviewer: confirms that a flagged value is right, with a reason. (The other answer to a flag is returning the item.)</summary>
public sealed record ConfirmFlagCommand(int Year, Guid Id, string? Reason) : ICommand<Result<FlagDto>>, IRequireAccess
{
    // The flag's governorate is known once it is loaded; the handler checks the reviewer's scope then.
    public AccessRequirement Access => new(Permission.SubmissionReview);
}

internal sealed class ConfirmFlagHandler(AppDbContext db, AccessChecker access, AuditContext audit, AuditWriter refusals, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ConfirmFlagCommand, Result<FlagDto>>
{
    public async ValueTask<Result<FlagDto>> Handle(ConfirmFlagCommand command, CancellationToken cancellationToken)
    {
        audit.Reason = command.Reason?.Trim();
        string? refused = null;
        var result = await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            refused = null;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var flag = (await db.SubmissionFlags.FromSql($"SELECT * FROM submission_flags WHERE id = {command.Id} AND year = {command.Year} FOR UPDATE")
                .ToListAsync(cancellationToken)).SingleOrDefault();
            if (flag is null)
            {
                return Result<FlagDto>.Failure(AppError.NotFound("flag.not_found"));
            }

            var decision = await access.DecideAsync(Permission.SubmissionReview, flag.OrgUnitCode, flag.IndicatorCode, cancellationToken);
            if (decision.Outcome != AccessOutcome.Allowed)
            {
                // Out of the reviewer's scope the flag does not exist for them (404); in sight but not theirs to resolve, 403.
                refused = (decision.Outcome == AccessOutcome.NotFound ? "not_found:" : "forbidden:") + flag.OrgUnitCode;
                return decision.Outcome == AccessOutcome.NotFound
                    ? AppError.NotFound("flag.not_found")
                    : new AppError(ErrorKind.Forbidden, "forbidden", Messages.Get("forbidden"), []);
            }

            audit.Role = decision.GrantedBy ?? audit.Role;
            var violations = flag.Confirm(command.Reason ?? "", clock.GetUtcNow(), user.UserName ?? "system");
            if (violations.Count > 0)
            {
                var conflict = violations.FirstOrDefault(v => v.Field.Length == 0);
                return conflict is not null
                    ? AppError.Conflict(conflict.Code)
                    : AppError.Validation([.. violations.Select(v => new FieldError(v.Field, v.Code, Messages.Get(v.Code, v.Args)))]);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return FlagMapper.ToDto(flag);
        });

        if (refused is not null)
        {
            db.ChangeTracker.Clear();
            var parts = refused.Split(':');
            var detail = JsonSerializer.Serialize(new { message = nameof(ConfirmFlagCommand), flag = command.Id, orgUnit = parts[1], outcome = parts[0] });
            await refusals.WriteAsync("access.refused", "access", parts[1], detail, cancellationToken);
        }

        return result;
    }
}
