namespace KpiTracker.Application.Common;

/// <summary>Runs every FluentValidation validator of a message before its handler; a failure becomes a validation <see cref="AppError"/>.</summary>
internal sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        List<FieldError>? fields = null;
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(message, cancellationToken);
            foreach (var failure in result.Errors)
            {
                (fields ??= []).Add(new FieldError(JsonName(failure.PropertyName), failure.ErrorCode, failure.ErrorMessage));
            }
        }

        if (fields is null)
        {
            return await next(message, cancellationToken);
        }

        return Failures<TResponse>.Create is { } create
            ? create(AppError.Validation(fields))
            : throw new ValidationException(string.Join("; ", fields.Select(f => $"{f.Field}: {f.Message}")));
    }

    private static string JsonName(string property) =>
        string.IsNullOrEmpty(property) ? property : char.ToLowerInvariant(property[0]) + property[1..];
}
