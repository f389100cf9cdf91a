namespace KpiTracker.Application.Features.Frameworks.CloneEdition;

internal static class CloneEditionEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/{code}/clone", async (string code, HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var (body, error) = await JsonRequest.ReadAsync<CloneRequest>(request, ct);
                return error is not null
                    ? ResultHttp.Problem(error)
                    : (await sender.Send(new CloneEditionCommand(code, body!.NewCode ?? "", body.NameAr, body.NameEn), ct))
                        .ToHttp(e => TypedResults.Created($"/api/frameworks/{e.Code}", e));
            })
            .WithName("CloneEdition")
            .WithSummary("Copies an edition into a new draft under a new code.")
            .Accepts<CloneRequest>("application/json").DisableCookieRedirect()
            .Produces<EditionDto>(StatusCodes.Status201Created)
            .ProducesValidationProblem();

    internal sealed record CloneRequest(string? NewCode, string? NameAr, string? NameEn);
}
