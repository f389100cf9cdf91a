using KpiTracker.Reports.Words;

namespace KpiTracker.Application.Features.Submissions;

/// <summary>Turns broken domain rules into the caller's error: state conflicts (no field) are 409, input problems 400 by field.</summary>
internal static class SubmissionErrors
{
    /// <summary>Returned by a change whose permission depends on the item's state, when the caller's role does not allow it (403).</summary>
    public static readonly RuleViolation Forbidden = new("", ForbiddenCode);

    private const string ForbiddenCode = "forbidden";

    /// <summary>Refusals of a person, not of the item's state: 403 with their own code (<see cref="SeparateDuties"/>).</summary>
    private static readonly string[] ForbiddenToThisPerson = ["submission.own_submission", "submission.own_acceptance"];

    public static string Text(RuleViolation violation) => violation.Code == "submission.wrong_state"
        ? Messages.Get(violation.Code, Terms.Get("state." + violation.Args[0]))
        : Messages.Get(violation.Code, violation.Args);

    public static AppError From(IReadOnlyList<RuleViolation> violations, object? current)
    {
        var conflict = violations.FirstOrDefault(v => v.Field.Length == 0);
        return conflict switch
        {
            null => AppError.Validation([.. violations.Select(v => new FieldError(v.Field, v.Code, Text(v)))]),
            { Code: ForbiddenCode } => new AppError(ErrorKind.Forbidden, ForbiddenCode, Messages.Get(ForbiddenCode), []),
            _ when ForbiddenToThisPerson.Contains(conflict.Code) => new AppError(ErrorKind.Forbidden, conflict.Code, Messages.Get(conflict.Code), []),
            _ => new AppError(ErrorKind.Conflict, conflict.Code, Text(conflict), []) { Current = current },
        };
    }
}
