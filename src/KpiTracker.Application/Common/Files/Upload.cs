namespace KpiTracker.Application.Common.Files;

/// <summary>
/// The file of a multipart upload (field <c>file</c>), read by the route itself rather than by parameter binding, whose
/// failures answer a bare 400: a body that is not a well-formed multipart form gets a 400 ProblemDetails with the code
/// <c>body.malformed_multipart</c>, and one over the route's size limit a 413 with <c>file.too_large</c>, in the caller's language.
/// </summary>
public sealed class Upload
{
    public const string Field = "file";

    private Upload(IFormFile? file, IResult? refusal) => (File, Refusal) = (file, refusal);

    /// <summary>The uploaded file; null when the form holds none.</summary>
    public IFormFile? File { get; }

    /// <summary>The answer to give instead of handling the request, when the body could not be read as a form.</summary>
    public IResult? Refusal { get; }

    public static async ValueTask<Upload?> BindAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.HasFormContentType)
        {
            return Malformed();
        }

        try
        {
            var form = await context.Request.ReadFormAsync(context.RequestAborted);
            return new Upload(form.Files.GetFile(Field), null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            var message = FileRules.Problem(Field, "file.too_large").Message;
            return new Upload(null, TypedResults.Problem(message, statusCode: ex.StatusCode, extensions: new Dictionary<string, object?> { ["code"] = "file.too_large" }));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return Malformed();
        }
    }

    /// <summary>The answer to a body that is not a well-formed multipart form, in the caller's language (pages' uploads give it too).</summary>
    public static IResult MalformedProblem()
    {
        var message = Messages.Get("body.malformed_multipart");
        return ResultHttp.Problem(new AppError(ErrorKind.Validation, "body.malformed_multipart", message, [new FieldError("body", "body.malformed_multipart", message)]));
    }

    private static Upload Malformed() => new(null, MalformedProblem());
}
