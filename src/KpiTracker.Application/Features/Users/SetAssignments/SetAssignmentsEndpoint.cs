namespace KpiTracker.Application.Features.Users.SetAssignments;

internal static class SetAssignmentsEndpoint
{
    public static void Map(RouteGroupBuilder users) =>
        users.MapPut("/{userName}/assignments", async (string userName, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<List<AssignmentRequest>>(request, ct);
                return error is not null ? ResultHttp.Problem(error) : (await sender.Send(new SetAssignmentsCommand(userName, body!), ct)).ToHttp();
            })
            .WithName("SetAssignments").WithSummary("Replaces the user's roles and scopes; their sessions and tokens end.").Accepts<List<AssignmentRequest>>("application/json").DisableCookieRedirect()
            .ProducesValidationProblem();
}
