using KpiTracker.Application.Common;

namespace KpiTracker.Web.Hosting;

/// <summary>
/// Gives the answers that routing writes by itself (before any handler runs) the same shape as the handlers' own: a
/// <c>code</c>, and for a body of a type the route does not read, the field it concerns (<c>Content-Type</c>) with a message
/// in the caller's language. Answers that already carry a code are left as they are.
/// </summary>
internal static class RoutingProblems
{
    public const string ContentTypeField = "Content-Type";

    public static void Describe(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Extensions.ContainsKey("code"))
        {
            return;
        }

        switch (problem.Status)
        {
            case StatusCodes.Status415UnsupportedMediaType:
                var sent = context.HttpContext.Request.ContentType is { Length: > 0 } type ? type : "-";
                var message = Messages.Get("content_type.not_accepted", sent);
                problem.Extensions["code"] = "content_type.not_accepted";
                problem.Extensions["errors"] = new Dictionary<string, string[]> { [ContentTypeField] = [message] };
                problem.Extensions["fieldCodes"] = new Dictionary<string, string[]> { [ContentTypeField] = ["content_type.not_accepted"] };
                problem.Detail = message;
                break;
            case StatusCodes.Status404NotFound:
                problem.Extensions["code"] = "route.not_found";
                problem.Detail ??= Messages.Get("route.not_found");
                break;
            case StatusCodes.Status405MethodNotAllowed:
                problem.Extensions["code"] = "method.not_allowed";
                problem.Detail ??= Messages.Get("method.not_allowed", context.HttpContext.Request.Method);
                break;
        }
    }
}
