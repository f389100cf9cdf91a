using System.Text;
using KpiTracker.Application.Common;
using KpiTracker.Application.Common.Files;
using KpiTracker.Application.Features.Accounts.SignIn;
using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.WebUtilities;

namespace KpiTracker.Web.Hosting.Edge;

/// <summary>
/// A page's form post is read before the antiforgery check, so that a body which cannot be read (a malformed multipart body,
/// a form value with a NUL, which ASP.NET's form reader refuses) is answered as bad input with a code in the user's language,
/// as the API's are (<see cref="BadInputProblems"/>), and not as a missing antiforgery token: the antiforgery check reads the
/// same form and takes any read failure for a forged request. The sign-in page is the one form whose refusals are themselves
/// evidence: an unreadable sign-in form is still a sign-in attempt, so it goes through the sign-in command (which refuses
/// the name, counts the attempt and audits it, cleaned and cut short) before it is answered.
/// </summary>
internal static class FormBodies
{
    private const string SignInPath = "/account/sign-in";

    /// <summary>The most of an unreadable sign-in form read again to find the name in it; a real one is a few hundred bytes.</summary>
    private const int SignInBodyMax = 16 * 1024;

    public static IApplicationBuilder UseKpiFormBodies(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.HasFormContentType
            || context.GetEndpoint()?.Metadata.GetMetadata<IAntiforgeryMetadata>() is not { RequiresValidation: true })
        {
            await next(context);
            return;
        }

        var signIn = context.Request.Path.Equals(SignInPath, StringComparison.OrdinalIgnoreCase);
        if (signIn)
        {
            context.Request.EnableBuffering(SignInBodyMax);
        }

        try
        {
            // Throws InvalidDataException or BadHttpRequestException for a body that cannot be read; the form is kept for later readers.
            await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException) when (signIn)
        {
            await RefuseSignInAsync(context);
            return;
        }
        catch (Exception ex) when ((ex is InvalidDataException or IOException) && IsMultipart(context.Request) && !context.RequestAborted.IsCancellationRequested)
        {
            // The same answer as the API's upload routes give (Upload).
            await Upload.MalformedProblem().ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    private static bool IsMultipart(HttpRequest request) =>
        request.ContentType?.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) == true;

    private static async Task RefuseSignInAsync(HttpContext context)
    {
        context.Request.Body.Position = 0;
        var buffer = new byte[SignInBodyMax];
        var length = await context.Request.Body.ReadAtLeastAsync(buffer, SignInBodyMax, throwOnEndOfStream: false, context.RequestAborted);

        // Decoded leniently (the form reader's refusal is what brought us here); only the name is used, and only to be refused and audited.
        var fields = QueryHelpers.ParseNullableQuery(Encoding.UTF8.GetString(buffer, 0, length));
        var name = fields is not null && fields.TryGetValue("Input.UserName", out var values) ? values.ToString() : "";
        var sender = context.RequestServices.GetRequiredService<ISender>();
        var result = await sender.Send(new SignInCommand(name, "", SignInMode.Cookie), context.RequestAborted);
        var error = result.Error ?? new AppError(ErrorKind.Validation, "body.malformed", Messages.Get("body.malformed", "body"), []);
        await ResultHttp.Problem(error).ExecuteAsync(context);
    }
}
