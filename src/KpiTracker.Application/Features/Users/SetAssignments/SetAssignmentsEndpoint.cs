namespace KpiTracker.Application.Features.Users.SetAssignments;

internal static class SetAssignmentsEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapPut("/{userName}/assignments", async (string userName, string? reason, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<List<AssignmentRequest>>(request, ct);
                return error is not null ? ResultHttp.Problem(error) : (await sender.Send(new SetAssignmentsCommand(userName, body!, reason), ct)).ToHttp();
            })
            .WithName("SetAssignments").WithSummary("Replaces the user's roles and scopes; their sessions and tokens end.")
            .WithDescription("Granting the administrator or central-team role needs `?reason=`, kept in the audit record (400 `assignment.reason_required` on `reason` without it). Nobody changes their own assignments (403 `user.own_assignments`).").Accepts<List<AssignmentRequest>>("application/json").DisableCookieRedirect()
            .ProducesValidationProblem();
}
