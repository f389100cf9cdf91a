using KpiTracker.Application.Common.Auditing;

namespace KpiTracker.Application.Features.Submissions.VerifySubmissions;

/// <summary>
/// Central team: verifies many accepted values at once, all or nothing. Each item names the version the caller read; every
/// item is verified exactly as the single verification does it (same domain rule, same audit record, same notifications), in
/// one transaction. When any item cannot be verified now (it changed meanwhile, is not accepted, is unknown or out of the
/// caller's scope) nothing is verified and the answer lists each such item by its position.
/// </summary>
public sealed record VerifySubmissionsCommand(int Year, IReadOnlyList<VerificationItem>? Items) : ICommand<Result<VerificationsDto>>, IRequireAccess
{
    /// <summary>At most this many items in one request.</summary>
    public const int MaxItems = 200;

    public AccessRequirement Access => new(Permission.SubmissionVerify);
}

/// <summary>One item to verify: governorate and indicator codes, and the version (ETag) the caller read.</summary>
public sealed record VerificationItem(string? Governorate, string? Indicator, uint? Version);

/// <summary>The verified items with their new versions, in the order they were sent.</summary>
public sealed record VerificationsDto(int Year, IReadOnlyList<VerifiedItemDto> Items);

public sealed record VerifiedItemDto(string Governorate, string Indicator, uint Version, DateTimeOffset? VerifiedAt);

internal sealed class VerifySubmissionsValidator : AbstractValidator<VerifySubmissionsCommand>
{
    public VerifySubmissionsValidator() =>
        RuleFor(c => c).Custom((command, context) =>
        {
            var items = command.Items ?? [];
            if (items.Count == 0)
            {
                context.AddFailure(Failure("items", "verifications.empty"));
                return;
            }

            if (items.Count > VerifySubmissionsCommand.MaxItems)
            {
                context.AddFailure(Failure("items", "verifications.too_many", VerifySubmissionsCommand.MaxItems));
                return;
            }

            var seen = new HashSet<(string?, string?)>();
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (string.IsNullOrWhiteSpace(item.Governorate))
                {
                    context.AddFailure(Failure($"items[{i}].governorate", "verifications.governorate_required"));
                }

                if (string.IsNullOrWhiteSpace(item.Indicator))
                {
                    context.AddFailure(Failure($"items[{i}].indicator", "verifications.indicator_required"));
                }

                if (item.Version is null)
                {
                    context.AddFailure(Failure($"items[{i}].version", "verifications.version_required"));
                }

                if (!seen.Add((item.Governorate?.Trim(), item.Indicator?.Trim())))
                {
                    context.AddFailure(Failure($"items[{i}]", "verifications.duplicate"));
                }
            }
        });

    private static FluentValidation.Results.ValidationFailure Failure(string field, string code, params object[] args) =>
        new(field, Messages.Get(code, args)) { ErrorCode = code };
}

internal sealed class VerifySubmissionsHandler(SubmissionWorkflow workflow, SeparateDuties duties, AccessChecker access, AuditContext audit, TimeProvider clock)
    : ICommandHandler<VerifySubmissionsCommand, Result<VerificationsDto>>
{
    public async ValueTask<Result<VerificationsDto>> Handle(VerifySubmissionsCommand command, CancellationToken cancellationToken)
    {
        // Each item's audit record reads as the single verification's does.
        audit.Action = "verify_submission";
        var verified = new List<VerifiedItemDto>();
        var problems = new List<FieldError>();
        var items = command.Items!;
        for (var i = 0; i < items.Count; i++)
        {
            var (governorate, indicator) = (items[i].Governorate!.Trim(), items[i].Indicator!.Trim());
            var result = await access.HasAsync(Permission.SubmissionVerify, governorate, indicator, cancellationToken)
                ? await workflow.ChangeAsync(
                    new SubmissionKey(command.Year, governorate, indicator),
                    items[i].Version,
                    item => duties.VerifyAsync(item, clock.GetUtcNow(), cancellationToken),
                    cancellationToken)
                : AppError.NotFound("submission.not_found");
            if (result.IsSuccess)
            {
                verified.Add(new VerifiedItemDto(governorate, indicator, result.Value.Version, result.Value.VerifiedAt));
            }
            else
            {
                problems.Add(new FieldError($"items[{i}]", result.Error!.Code, result.Error.Message));
            }
        }

        // A failed result rolls the whole transaction back: the items verified before the problem are not kept either.
        return problems.Count == 0
            ? new VerificationsDto(command.Year, verified)
            : new AppError(ErrorKind.Conflict, "verifications.refused", Messages.Get("verifications.refused", problems.Count, items.Count), problems);
    }
}
