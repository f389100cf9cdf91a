namespace KpiTracker.Application.Features.Accounts.SetDigits;

/// <summary>
/// The signed-in user chooses the digits they read and type numbers and dates in: <c>latin</c> (the default) or
/// <c>arabic_indic</c> (docs/NUMBERS.md). It applies from their next request, on every page, PDF and message; the change is
/// audited with the account.
/// </summary>
public sealed record SetDigitsCommand(string Digits) : ICommand<Result<bool>>, ISelfMessage;

internal sealed class SetDigitsValidator : AbstractValidator<SetDigitsCommand>
{
    public SetDigitsValidator() =>
        RuleFor(c => c.Digits).Must(d => Codes.TryParse<Digits>(d, out _)).WithErrorCode("digits.invalid").WithMessage(_ => Messages.Get("digits.invalid"));
}

internal sealed class SetDigitsHandler(AppDbContext db, ICurrentUser current) : ICommandHandler<SetDigitsCommand, Result<bool>>
{
    public async ValueTask<Result<bool>> Handle(SetDigitsCommand command, CancellationToken cancellationToken)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == current.UserId, cancellationToken);
        if (user is null)
        {
            return AppError.NotFound();
        }

        user.ArabicIndicDigits = Codes.Parse<Digits>(command.Digits) == Digits.ArabicIndic;
        return true;
    }
}
